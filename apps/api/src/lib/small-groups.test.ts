import { describe, expect, it } from 'vitest';
import {
  groupBreakdown,
  groupCount,
  publishBaseline,
  publishReading,
  suppressionOf,
  suppressionsOf,
  type IndicatorReadings,
  type ReadingIndicator,
  type StoredReading,
} from './small-groups';

const PUBLIC = { exact: false };
const LAB = { exact: true };
const few = { fewerThan: 5 };

describe('the small-group rule', () => {
  it('shows 5 and more, and "fewer than 5" below, to the public; every number to the lab', () => {
    expect(groupCount(5, PUBLIC)).toEqual({ value: 5 });
    expect(groupCount(4, PUBLIC)).toEqual(few);
    expect(groupCount(0, PUBLIC)).toEqual(few);
    expect(groupCount(3, LAB)).toEqual({ value: 3 });
  });

  it('hides a second part when one hidden part could be found by subtracting from the total', () => {
    const shown = groupBreakdown(20, { women: 12, men: 5, other: 3 }, PUBLIC);
    expect(shown.total).toEqual({ value: 20 });
    // other = 20 - 12 - 5 would give 3 away; men (the smallest shown part) is hidden too.
    expect(shown.parts).toEqual({ women: { value: 12 }, men: few, other: few });
  });

  it('leaves the parts alone when two are already hidden, or none', () => {
    expect(groupBreakdown(14, { women: 10, men: 2, other: 2 }, PUBLIC).parts).toEqual({
      women: { value: 10 },
      men: few,
      other: few,
    });
    expect(groupBreakdown(30, { women: 15, men: 10, other: 5 }, PUBLIC).parts).toEqual({
      women: { value: 15 },
      men: { value: 10 },
      other: { value: 5 },
    });
  });

  it('hides everything of a group below 5, and nothing for the lab', () => {
    expect(groupBreakdown(4, { women: 2, men: 2, other: 0 }, PUBLIC)).toEqual({
      total: few,
      parts: { women: few, men: few, other: few },
    });
    expect(groupBreakdown(20, { women: 12, men: 5, other: 3 }, LAB).parts).toEqual({
      women: { value: 12 },
      men: { value: 5 },
      other: { value: 3 },
    });
  });
});

const share: ReadingIndicator = { kind: 'SHARE_OF_GROUP', countsPeople: true };
const reading = (r: Partial<{ count: number; groupSize: number; value: number }>) => ({
  count: r.count ?? null,
  groupSize: r.groupSize ?? null,
  value: r.value ?? null,
  note: 'Anteckning med siffror',
});

const publish = (r: StoredReading, insider: boolean) => publishReading(r, suppressionOf(share, r), insider);

describe('the small-group rule', () => {
  it('shows "n of N" when both parts are 5 or more, or zero', () => {
    expect(suppressionOf(share, reading({ count: 15, groupSize: 22 }))).toBeNull();
    expect(suppressionOf(share, reading({ count: 5, groupSize: 10 }))).toBeNull();
    expect(suppressionOf(share, reading({ count: 0, groupSize: 22 }))).toBeNull();
    expect(suppressionOf(share, reading({ count: 22, groupSize: 22 }))).toBeNull();
  });

  it('withholds a group of fewer than 5, a count of 1–4, and a count whose remainder is 1–4', () => {
    expect(suppressionOf(share, reading({ count: 3, groupSize: 4 }))).toBe('SMALL_GROUP');
    expect(suppressionOf(share, reading({ count: 4, groupSize: 22 }))).toBe('SMALL_COUNT');
    expect(suppressionOf(share, reading({ count: 1, groupSize: 22 }))).toBe('SMALL_COUNT');
    // 9 of 10 would say that exactly one of the ten did not get there.
    expect(suppressionOf(share, reading({ count: 9, groupSize: 10 }))).toBe('SMALL_REMAINDER');
    expect(suppressionOf(share, reading({ count: 18, groupSize: 22 }))).toBe('SMALL_REMAINDER');
  });

  it('reads a percentage of a group as the count it stands for', () => {
    const percentage: ReadingIndicator = { kind: 'PERCENTAGE', countsPeople: true };
    expect(suppressionOf(percentage, reading({ value: 50, groupSize: 20 }))).toBeNull();
    expect(suppressionOf(percentage, reading({ value: 10, groupSize: 20 }))).toBe('SMALL_COUNT');
    expect(suppressionOf(percentage, reading({ value: 90, groupSize: 20 }))).toBe('SMALL_REMAINDER');
    expect(suppressionOf(percentage, reading({ value: 50, groupSize: 3 }))).toBe('SMALL_GROUP');
  });

  it('withholds a count of 1–4 people but not of things, and a change only by its group', () => {
    expect(suppressionOf({ kind: 'COUNT', countsPeople: true }, reading({ value: 3 }))).toBe('SMALL_COUNT');
    expect(suppressionOf({ kind: 'COUNT', countsPeople: false }, reading({ value: 3 }))).toBeNull();
    const change: ReadingIndicator = { kind: 'CHANGE_PERCENT', countsPeople: true };
    expect(suppressionOf(change, reading({ value: 80 }))).toBeNull();
    expect(suppressionOf(change, reading({ value: 80, groupSize: 4 }))).toBe('SMALL_GROUP');
  });

  it('gives outsiders no figure and no note of a withheld reading, but keeps N when only a part is small', () => {
    expect(publish(reading({ count: 4, groupSize: 22 }), false)).toEqual({
      count: null,
      groupSize: 22,
      value: null,
      note: '',
      suppressed: 'SMALL_COUNT',
    });
    expect(publish(reading({ count: 2, groupSize: 3 }), false)).toEqual({
      count: null,
      groupSize: null,
      value: null,
      note: '',
      suppressed: 'SMALL_GROUP',
    });
  });

  it('gives insiders the whole reading, saying what the public sees', () => {
    expect(publish(reading({ count: 4, groupSize: 22 }), true)).toEqual({
      ...reading({ count: 4, groupSize: 22 }),
      suppressed: 'SMALL_COUNT',
    });
    expect(publish(reading({ count: 15, groupSize: 22 }), false).suppressed).toBeNull();
  });

  it('withholds a baseline that counts 1–4 people', () => {
    expect(publishBaseline(share, 3, false)).toEqual({ baseline: null, baselineSuppressed: true });
    expect(publishBaseline(share, 3, true)).toEqual({ baseline: 3, baselineSuppressed: false });
    expect(publishBaseline(share, 0, false)).toEqual({ baseline: 0, baselineSuppressed: false });
    expect(publishBaseline({ kind: 'CHANGE_PERCENT', countsPeople: true }, 3, false).baseline).toBe(3);
  });
});

/** Indicators of one lab, with readings as [date, n, N] (ids name them: "<indicator>@<date>"). */
function lab(
  indicators: Record<string, { group?: string; readings: [string, number, number][] }>,
): IndicatorReadings[] {
  return Object.entries(indicators).map(([name, i]) => ({
    kind: 'SHARE_OF_GROUP',
    countsPeople: true,
    owner: 'lab',
    groupName: i.group ?? null,
    readings: i.readings.map(([measuredOn, count, groupSize]) => ({
      id: `${name}@${measuredOn}`,
      measuredOn,
      count,
      groupSize,
      value: null,
      note: '',
    })),
  }));
}

const withheld = (s: Map<string, unknown>) =>
  [...s].filter(([, why]) => why !== null).map(([id, why]) => `${id} ${String(why)}`);

describe('parts of one group', () => {
  it('withholds the smaller part when the shown parts leave 1–4 of the group (Portalen: 15 and 6 of 22)', () => {
    const indicators = lab({
      work: { group: 'Kvinnorna 2019', readings: [['2019-12-10', 15, 22]] },
      cooperative: { group: 'kvinnorna 2019 ', readings: [['2019-12-10', 6, 22]] },
    });
    expect(withheld(suppressionsOf(indicators))).toEqual(['cooperative@2019-12-10 SUBTRACTION']);
    // Without a shared group the rule cannot know they are parts of one group.
    const unnamed = indicators.map((i) => ({ ...i, groupName: null }));
    expect(withheld(suppressionsOf(unnamed))).toEqual([]);
  });

  it('withholds a second part when a withheld part could be found by subtraction', () => {
    // 3 is withheld on its own; 10 + 9 + 3 = 22 would give it back.
    const s = suppressionsOf(
      lab({
        a: { group: 'g', readings: [['2026-01-01', 10, 22]] },
        b: { group: 'g', readings: [['2026-01-01', 9, 22]] },
        c: { group: 'g', readings: [['2026-01-01', 3, 22]] },
      }),
    );
    expect(withheld(s)).toEqual(['b@2026-01-01 SUBTRACTION', 'c@2026-01-01 SMALL_COUNT']);
  });

  it('leaves parts alone that leave 5 or more unaccounted, and judges parts read on different days together', () => {
    expect(
      withheld(
        suppressionsOf(
          lab({
            a: { group: 'g', readings: [['2026-01-01', 10, 30]] },
            b: { group: 'g', readings: [['2026-01-01', 8, 30]] },
          }),
        ),
      ),
    ).toEqual([]);
    expect(
      withheld(
        suppressionsOf(
          lab({
            a: { group: 'g', readings: [['2026-01-01', 15, 22]] },
            b: { group: 'g', readings: [['2026-02-01', 5, 22]] },
          }),
        ),
      ),
    ).toEqual(['b@2026-02-01 SUBTRACTION']);
  });
});

describe('successive readings of one group', () => {
  it('withholds an older reading that differs from a newer one of the same N by 1–4 people', () => {
    const s = suppressionsOf(
      lab({
        work: {
          readings: [
            ['2019-03-01', 6, 22],
            ['2019-06-01', 12, 22],
            ['2019-12-10', 15, 22],
          ],
        },
      }),
    );
    expect(withheld(s)).toEqual(['work@2019-06-01 CHANGE']);
  });

  it('shows readings that differ by 0 or by 5 or more, and readings of another group size', () => {
    const s = suppressionsOf(
      lab({
        work: {
          readings: [
            ['2019-03-01', 10, 22],
            ['2019-06-01', 15, 22],
            ['2019-09-01', 15, 22],
            ['2019-12-01', 12, 30],
          ],
        },
      }),
    );
    expect(withheld(s)).toEqual([]);
  });
});
