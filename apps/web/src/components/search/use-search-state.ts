import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A browse page's search state lives in the address, not in React state, so a search is a link
 * that can be shared and the back button undoes the last change. `q` is the free text, `page`
 * the page number, and every filter is a repeated parameter (?focusArea=CRIME&focusArea=SCHOOLS;
 * a comma-separated value is read too, as the API does).
 */

/** Which values of a filter the address may hold; anything else is ignored rather than sent on to be refused. */
export type FilterSpec<F extends string> = Record<F, (value: string) => boolean>;

export interface SearchState<F extends string> {
  q: string;
  page: number;
  filters: Record<F, string[]>;
  /** True when q or any filter is set (the empty state then suggests removing them). */
  isFiltered: boolean;
  setQuery: (q: string) => void;
  setFilterValue: (name: F, value: string, selected: boolean) => void;
  /** Replaces every value of one filter (a select that holds one value, or none). */
  setFilter: (name: F, values: readonly string[]) => void;
  removeFilterValue: (name: F, value: string) => void;
  clearAll: () => void;
}

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export function readFilterValues(params: URLSearchParams, name: string, isValid: (value: string) => boolean): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(','));
  return [...new Set(values.filter((v) => v !== '' && isValid(v)))];
}

export function useSearchState<F extends string>(spec: FilterSpec<F>): SearchState<F> {
  const [params, setParams] = useSearchParams();
  // `spec` should be a module constant, so that the filters are read again only when the address changes.
  const names = useMemo(() => Object.keys(spec) as F[], [spec]);
  const filters = useMemo(
    () =>
      Object.fromEntries(names.map((name) => [name, readFilterValues(params, name, spec[name])])) as Record<
        F,
        string[]
      >,
    [names, params, spec],
  );
  const q = (params.get('q') ?? '').trim();

  // Every change of the search starts again at page 1 and is its own history entry.
  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('page');
          next.delete('cursor');
          change(next);
          return next;
        },
        { preventScrollReset: true },
      );
    },
    [setParams],
  );

  const setQuery = useCallback(
    (value: string) =>
      update((next) => {
        if (value.trim()) next.set('q', value.trim());
        else next.delete('q');
      }),
    [update],
  );

  const setFilterValue = useCallback(
    (name: F, value: string, selected: boolean) =>
      update((next) => {
        const values = new Set(
          next
            .getAll(name)
            .flatMap((v) => v.split(','))
            .filter(Boolean),
        );
        if (selected) values.add(value);
        else values.delete(value);
        next.delete(name);
        for (const v of values) next.append(name, v);
      }),
    [update],
  );

  const setFilter = useCallback(
    (name: F, values: readonly string[]) =>
      update((next) => {
        next.delete(name);
        for (const v of values) next.append(name, v);
      }),
    [update],
  );

  const removeFilterValue = useCallback(
    (name: F, value: string) => setFilterValue(name, value, false),
    [setFilterValue],
  );

  const clearAll = useCallback(
    () =>
      update((next) => {
        next.delete('q');
        for (const name of names) next.delete(name);
      }),
    [update, names],
  );

  return {
    q,
    page: pageFrom(params.get('page')),
    filters,
    isFiltered: q !== '' || names.some((name) => filters[name].length > 0),
    setQuery,
    setFilterValue,
    setFilter,
    removeFilterValue,
    clearAll,
  };
}

/** Values accepted by a filter whose values form an enum. */
export function oneOf(values: readonly string[]): (value: string) => boolean {
  const set = new Set(values);
  return (value) => set.has(value);
}
