import { describe, expect, it } from 'vitest';
import { groupBreakdown, groupCount } from './small-groups';

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
