import { describe, expect, it } from 'vitest';
import type { StatusTable } from './item-kind';
import { itemFilters } from './item-list-page';

const status: StatusTable<'DRAFT' | 'OPEN'> = {
  tone: { DRAFT: 'warning', OPEN: 'success' },
  label: (value) => value,
  next: { DRAFT: ['OPEN'], OPEN: [] },
  action: (value) => value,
};

describe('a browse page’s filters', () => {
  it('are the ones it names, in its order', () => {
    expect(Object.keys(itemFilters(['status', 'focusArea', 'region'], status))).toEqual([
      'status',
      'focusArea',
      'region',
    ]);
  });

  it('take from the address only values the API knows', () => {
    const filters = itemFilters(['status', 'focusArea', 'municipality', 'region'], status);
    expect(filters.status('OPEN')).toBe(true);
    expect(filters.status('ARCHIVED')).toBe(false);
    expect(filters.focusArea('CRIME')).toBe(true);
    expect(filters.focusArea('crime')).toBe(false);
    expect(filters.municipality('0581')).toBe(true);
    expect(filters.region('05')).toBe(true);
    expect(filters.region('99')).toBe(false);
  });
});
