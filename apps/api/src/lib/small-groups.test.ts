import { describe, expect, it } from 'vitest';
import { publishBaseline, publishReading, suppressionOf, type ReadingIndicator } from './small-groups';

const share: ReadingIndicator = { kind: 'SHARE_OF_GROUP', countsPeople: true };
const reading = (r: Partial<{ count: number; groupSize: number; value: number }>) => ({
  count: r.count ?? null,
  groupSize: r.groupSize ?? null,
  value: r.value ?? null,
  note: 'Anteckning med siffror',
});

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
    expect(publishReading(share, reading({ count: 4, groupSize: 22 }), false)).toEqual({
      count: null,
      groupSize: 22,
      value: null,
      note: '',
      suppressed: 'SMALL_COUNT',
    });
    expect(publishReading(share, reading({ count: 2, groupSize: 3 }), false)).toEqual({
      count: null,
      groupSize: null,
      value: null,
      note: '',
      suppressed: 'SMALL_GROUP',
    });
  });

  it('gives insiders the whole reading, saying what the public sees', () => {
    expect(publishReading(share, reading({ count: 4, groupSize: 22 }), true)).toEqual({
      ...reading({ count: 4, groupSize: 22 }),
      suppressed: 'SMALL_COUNT',
    });
    expect(publishReading(share, reading({ count: 15, groupSize: 22 }), false).suppressed).toBeNull();
  });

  it('withholds a baseline that counts 1–4 people', () => {
    expect(publishBaseline(share, 3, false)).toEqual({ baseline: null, baselineSuppressed: true });
    expect(publishBaseline(share, 3, true)).toEqual({ baseline: 3, baselineSuppressed: false });
    expect(publishBaseline(share, 0, false)).toEqual({ baseline: 0, baselineSuppressed: false });
    expect(publishBaseline({ kind: 'CHANGE_PERCENT', countsPeople: true }, 3, false).baseline).toBe(3);
  });
});
