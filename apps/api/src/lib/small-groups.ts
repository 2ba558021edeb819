import {
  SMALL_GROUP_LIMIT,
  SMALL_GROUP_MIN,
  type GroupCount,
  type IndicatorKind,
  type Suppression,
} from '@motesplats/contracts';

// The small-group rule, in one place for meetings' counts and results' readings: both use the
// same limit (SMALL_GROUP_MIN is SMALL_GROUP_LIMIT).

/*
 * The small-group rule for every published figure about people (meetings' participants,
 * results' "n of N"): outside the lab's own members and the curators, a count below
 * SMALL_GROUP_MIN is answered only as "fewer than 5", and the number itself never leaves the
 * server. A breakdown whose parts add up to a shown total is also protected against
 * subtraction: when exactly one part would be hidden, the next smallest is hidden too, so no
 * hidden part equals the total minus the shown ones.
 */

/** Whether the reader sees exact figures: the lab's own members and curators do. */
export interface Audience {
  exact: boolean;
}

export const FEWER_THAN: GroupCount = { fewerThan: SMALL_GROUP_MIN };

export function isSmall(count: number): boolean {
  return count < SMALL_GROUP_MIN;
}

/** One count on its own (nothing else published adds up with it). */
export function groupCount(count: number, audience: Audience): GroupCount {
  return audience.exact || !isSmall(count) ? { value: count } : FEWER_THAN;
}

/**
 * A total and the parts it splits into (they add up to it). Answers each as the audience may
 * see it; see the file comment for the rule against subtraction.
 */
export function groupBreakdown<K extends string>(
  total: number,
  parts: Record<K, number>,
  audience: Audience,
): { total: GroupCount; parts: Record<K, GroupCount> } {
  const keys = Object.keys(parts) as K[];
  if (audience.exact) {
    return { total: { value: total }, parts: mapParts(keys, (key) => ({ value: parts[key] })) };
  }
  const hidden = new Set(keys.filter((key) => isSmall(parts[key])));
  const totalShown = !isSmall(total);
  // A single hidden part beside a shown total is the total minus the others: hide the
  // smallest shown part as well (ties by the order of the parts, so the answer is stable).
  if (totalShown && hidden.size === 1 && keys.length > 1) {
    const next = keys
      .filter((key) => !hidden.has(key))
      .reduce<K | undefined>(
        (smallest, key) => (smallest === undefined || parts[key] < parts[smallest] ? key : smallest),
        undefined,
      );
    if (next !== undefined) hidden.add(next);
  }
  return {
    total: totalShown ? { value: total } : FEWER_THAN,
    parts: mapParts(keys, (key) => (hidden.has(key) ? FEWER_THAN : { value: parts[key] })),
  };
}

function mapParts<K extends string>(keys: K[], value: (key: K) => GroupCount): Record<K, GroupCount> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, GroupCount>;
}

// Results' readings

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
