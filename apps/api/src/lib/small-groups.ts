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
 * suppressionsOf() and publishReading(), and every figure computed from readings (a method's
 * evidence, the national overview) is computed from what they answered, never from the stored
 * numbers.
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

// Readings that are parts of one group, and successive readings of one group

/*
 * Secondary suppression: a reading that passes the rule above on its own can still give a
 * withheld or small number away beside other published readings. Two cases are closed here:
 *
 * - Parts of one group. Indicators of one lab (or match) with the same `groupName` count
 *   disjoint parts of one group of N people (Portalen: 15 of 22 at work or studying, 6 of the
 *   22 planning a cooperative). At every date, each such indicator's latest reading of that N
 *   is a part; N minus the shown parts is what the public can work out about the rest (the
 *   withheld parts and the people in no part). When that is 1–4 people, or 0 while a part is
 *   withheld (which would then be known to be empty), the smallest shown part is withheld as
 *   well (SUBTRACTION), until neither holds.
 * - Successive readings of one group. Two readings of one indicator with the same N whose
 *   counts differ by 1–4 say that 1–4 people changed between the dates. Going from the newest
 *   reading back, a reading is shown only if it differs by 0 or by 5 or more from every newer
 *   shown reading of that N; otherwise it is withheld (CHANGE). The newest figure is what a
 *   lab reports; an older one gives way.
 *
 * Both rules work only on what the public would see, and repeat until nothing changes, since
 * withholding a reading by one can matter to the other.
 */

export interface DatedReading extends StoredReading {
  id: string;
  /** YYYY-MM-DD */
  measuredOn: string;
}

export interface IndicatorReadings extends ReadingIndicator {
  /** The lab or match the indicator belongs to: parts are matched only within one owner. */
  owner: string;
  groupName: string | null;
  readings: DatedReading[];
}

/** The people counted by a reading about a group of N, or null when it has no such count. */
function peopleCounted(indicator: ReadingIndicator, r: StoredReading): number | null {
  if (r.groupSize === null) return null;
  if (indicator.kind === 'SHARE_OF_GROUP') return r.count;
  if (indicator.kind === 'PERCENTAGE' && r.value !== null) return Math.round((r.value * r.groupSize) / 100);
  return null;
}

/** Why each reading (by id) is withheld from the public, null when it is shown. */
export function suppressionsOf(indicators: IndicatorReadings[]): Map<string, Suppression | null> {
  const result = new Map<string, Suppression | null>();
  for (const indicator of indicators) {
    for (const r of indicator.readings) result.set(r.id, suppressionOf(indicator, r));
  }
  const shown = (r: { id: string }) => result.get(r.id) === null;
  let changed = true;
  while (changed) {
    changed = false;
    for (const part of partsOfGroups(indicators)) {
      if (withholdParts(part, shown, (id) => result.set(id, 'SUBTRACTION'))) changed = true;
    }
    for (const indicator of indicators) {
      if (withholdChanges(indicator, shown, (id) => result.set(id, 'CHANGE'))) changed = true;
    }
  }
  return result;
}

interface Part {
  id: string;
  people: number;
}

/** Every snapshot of a named group: at each reading date, each indicator's latest reading of that N. */
function partsOfGroups(indicators: IndicatorReadings[]): { groupSize: number; parts: Part[] }[] {
  const groups = new Map<string, IndicatorReadings[]>();
  for (const indicator of indicators) {
    if (indicator.groupName === null) continue;
    const key = `${indicator.owner}\u0000${indicator.groupName.trim().toLocaleLowerCase('sv')}`;
    groups.set(key, [...(groups.get(key) ?? []), indicator]);
  }
  const snapshots: { groupSize: number; parts: Part[] }[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sizes = new Set(members.flatMap((i) => i.readings.map((r) => r.groupSize)));
    for (const groupSize of sizes) {
      if (groupSize === null) continue;
      const ofSize = members.map((i) => ({
        indicator: i,
        readings: i.readings.filter((r) => r.groupSize === groupSize && peopleCounted(i, r) !== null),
      }));
      const dates = new Set(ofSize.flatMap((i) => i.readings.map((r) => r.measuredOn)));
      for (const date of dates) {
        const parts = ofSize.flatMap(({ indicator, readings }) => {
          const latest = readings
            .filter((r) => r.measuredOn <= date)
            .reduce<DatedReading | undefined>(
              (a, r) => (a === undefined || r.measuredOn >= a.measuredOn ? r : a),
              undefined,
            );
          return latest ? [{ id: latest.id, people: peopleCounted(indicator, latest) ?? 0 }] : [];
        });
        if (parts.length > 1) snapshots.push({ groupSize, parts });
      }
    }
  }
  return snapshots;
}

function withholdParts(
  snapshot: { groupSize: number; parts: Part[] },
  shown: (r: { id: string }) => boolean,
  withhold: (id: string) => void,
): boolean {
  let changed = false;
  for (;;) {
    const visible = snapshot.parts.filter(shown);
    const hidden = snapshot.parts.length - visible.length;
    const rest = snapshot.groupSize - visible.reduce((sum, p) => sum + p.people, 0);
    const revealing = isSmallGroup(rest) || (rest === 0 && hidden > 0);
    const next = visible
      .filter((p) => p.people > 0)
      .reduce<Part | undefined>((a, p) => (a === undefined || p.people < a.people ? p : a), undefined);
    if (!revealing || next === undefined) return changed;
    withhold(next.id);
    changed = true;
  }
}

function withholdChanges(
  indicator: IndicatorReadings,
  shown: (r: { id: string }) => boolean,
  withhold: (id: string) => void,
): boolean {
  let changed = false;
  const newestFirst = [...indicator.readings].sort((a, b) => b.measuredOn.localeCompare(a.measuredOn));
  const kept: { groupSize: number; people: number }[] = [];
  for (const r of newestFirst) {
    const people = peopleCounted(indicator, r);
    if (!shown(r) || people === null || r.groupSize === null) continue;
    const groupSize = r.groupSize;
    if (kept.some((k) => k.groupSize === groupSize && isSmallGroup(Math.abs(k.people - people)))) {
      withhold(r.id);
      changed = true;
    } else {
      kept.push({ groupSize, people });
    }
  }
  return changed;
}

export interface PublishedReading extends StoredReading {
  suppressed: Suppression | null;
}

/**
 * The reading as this reader may see it, given why it is withheld (suppressionsOf): `insider`
 * readers (the lab's or the match's members, curators) see it whole, told whether the public
 * sees it withheld; everyone else gets a suppressed reading without its figures and note.
 */
export function publishReading(r: StoredReading, suppressed: Suppression | null, insider: boolean): PublishedReading {
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
