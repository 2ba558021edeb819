import { SMALL_GROUP_MIN, type GroupCount } from '@motesplats/contracts';

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
