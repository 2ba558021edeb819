import { SMALL_GROUP_LIMIT, type IndicatorKind, type Suppression } from '@motesplats/contracts';

/*
 * Privacy by aggregation, in one place: every reading the API answers passes through
 * publishReading(), and every figure computed from readings (a method's evidence, the national
 * overview) is computed from what publishReading() answered, never from the stored numbers.
 *
 * A group of 1–4 people is small. Zero is not: "none of the 22" is about the 22, not about
 * anyone in particular. An "n of N" reading has two parts, the n counted and the N − n not
 * counted; publishing the total and one part publishes the other by subtraction, so the count
 * is withheld when either part is small (docs/decisions.md, "Measured results").
 */

export const isSmallGroup = (people: number): boolean => people > 0 && people < SMALL_GROUP_LIMIT;

export interface StoredReading {
  count: number | null;
  groupSize: number | null;
  value: number | null;
  note: string;
}

export interface ReadingIndicator {
  kind: IndicatorKind;
  countsPeople: boolean;
}

/** Why this reading may not be shown outside the lab and the curators; null when it may. */
export function suppressionOf(indicator: ReadingIndicator, r: StoredReading): Suppression | null {
  if (r.groupSize !== null && isSmallGroup(r.groupSize)) return 'SMALL_GROUP';
  switch (indicator.kind) {
    case 'SHARE_OF_GROUP':
      return partsSuppression(r.count, r.groupSize);
    case 'PERCENTAGE':
      // A percentage of N people is a count of them in disguise.
      return r.value === null || r.groupSize === null
        ? null
        : partsSuppression(Math.round((r.value * r.groupSize) / 100), r.groupSize);
    case 'COUNT':
      return indicator.countsPeople && r.value !== null && isSmallGroup(r.value) ? 'SMALL_COUNT' : null;
    case 'CHANGE_PERCENT':
      return null;
  }
}

function partsSuppression(count: number | null, groupSize: number | null): Suppression | null {
  if (count === null) return null;
  if (isSmallGroup(count)) return 'SMALL_COUNT';
  if (groupSize !== null && isSmallGroup(groupSize - count)) return 'SMALL_REMAINDER';
  return null;
}

export interface PublishedReading extends StoredReading {
  suppressed: Suppression | null;
}

/**
 * The reading as this reader may see it: `insider` readers (the lab's or the match's members,
 * curators) see it whole, told whether the public sees it withheld; everyone else gets a
 * suppressed reading without its figures and note.
 */
export function publishReading(indicator: ReadingIndicator, r: StoredReading, insider: boolean): PublishedReading {
  const suppressed = suppressionOf(indicator, r);
  if (insider || suppressed === null) return { ...r, suppressed };
  return {
    count: null,
    // The group's size stays when only a part of it is small: "färre än 5 av 22".
    groupSize: suppressed === 'SMALL_GROUP' ? null : r.groupSize,
    value: null,
    note: '',
    suppressed,
  };
}

/** A baseline that counts people is a reading too; withheld (null) when the group is small. */
export function publishBaseline(indicator: ReadingIndicator, baseline: number | null, insider: boolean) {
  const counted = indicator.kind === 'SHARE_OF_GROUP' || (indicator.kind === 'COUNT' && indicator.countsPeople);
  const withheld = !insider && baseline !== null && counted && isSmallGroup(baseline);
  return { baseline: withheld ? null : baseline, baselineSuppressed: withheld };
}
