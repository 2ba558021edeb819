import type { ActiveFilter } from './active-filters';
import type { SearchState } from './use-search-state';

/**
 * The chips for a search state: the search text first, then every chosen value in filter order.
 * `describe(name, value)` gives the chip's text, e.g. "Fokusområde: Brottslighet".
 */
export function activeFiltersOf<F extends string>(
  search: Pick<SearchState<F>, 'q' | 'filters'>,
  describe: (name: F | 'q', value: string) => string,
): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (search.q) chips.push({ name: 'q', value: search.q, label: describe('q', search.q) });
  for (const name of Object.keys(search.filters) as F[]) {
    for (const value of search.filters[name]) chips.push({ name, value, label: describe(name, value) });
  }
  return chips;
}
