import { describe, expect, it } from 'vitest';
import { activeFiltersOf } from './active-filters-of';
import { pageWindow } from './page-numbers';
import { oneOf, readFilterValues } from './use-search-state';

describe('readFilterValues', () => {
  const focus = oneOf(['CRIME', 'SCHOOLS', 'SERVICES']);

  it('reads repeated and comma-separated values, once each', () => {
    const params = new URLSearchParams('focusArea=CRIME&focusArea=SCHOOLS,CRIME');
    expect(readFilterValues(params, 'focusArea', focus)).toEqual(['CRIME', 'SCHOOLS']);
  });

  it('ignores values the filter does not know, rather than sending them to be refused', () => {
    const params = new URLSearchParams('focusArea=NOPE&focusArea=&focusArea=SERVICES');
    expect(readFilterValues(params, 'focusArea', focus)).toEqual(['SERVICES']);
  });
});

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('shows the first, the last and two on each side, with gaps', () => {
    expect(pageWindow(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
  });
});

describe('activeFiltersOf', () => {
  it('lists the search text first, then every chosen value in filter order', () => {
    const chips = activeFiltersOf(
      { q: 'läxhjälp', filters: { focusArea: ['SCHOOLS'], region: ['05', '01'] } },
      (name, value) => `${name}:${value}`,
    );
    expect(chips.map((c) => c.label)).toEqual(['q:läxhjälp', 'focusArea:SCHOOLS', 'region:05', 'region:01']);
  });
});
