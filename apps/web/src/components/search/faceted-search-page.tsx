import type { FacetCount } from '@motesplats/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';
import { Button } from '../button';
import { usePageTitle } from '../page-title';
import { EmptyState, LoadError, Loading } from '../query-states';
import { activeFiltersOf } from './active-filters-of';
import { ActiveFilters } from './active-filters';
import { FacetGroup } from './facet-group';
import { PageNumbers } from './page-numbers';
import { ResultCount } from './result-count';
import { SearchBox } from './search-box';
import { SearchLayout } from './search-layout';
import type { SearchState } from './use-search-state';

/** How one filter is shown: its group's legend and the label of each of its values. */
export interface FacetDefinition {
  legend: string;
  labelOf: (value: string) => string;
}

/** The part of a list answer (ChallengeList, LabList, …) the page shows. */
export interface FacetedList<F extends string, T> {
  items: readonly T[];
  total: number;
  page: number;
  pageSize: number;
  facets: Record<F, readonly FacetCount[]>;
}

/** The page's texts, already translated, since each feature keeps its own keys. */
export interface FacetedSearchTexts {
  title: string;
  intro: string;
  query: string;
  queryHint: string;
  /** The visually hidden heading of the results. */
  results: string;
  count: (count: number) => string;
  /** Shown with a "clear all" button when nothing matches the query or filters. */
  emptyFiltered: string;
  /** Shown when there is nothing at all. */
  empty: string;
  pagination: string;
}

export interface FacetedSearchPageProps<F extends string, T extends { id: string }> {
  texts: FacetedSearchTexts;
  search: SearchState<F>;
  facets: Record<F, FacetDefinition>;
  list: UseQueryResult<FacetedList<F, T>>;
  renderItem: (item: T) => ReactNode;
  /** The link to create one, for those who may; its look differs between pages. */
  createLink?: ReactNode;
}

/**
 * A whole browse page: search box, facets, active filters, result count, results and page
 * numbers. The page keeps the search state and the list query, because only it knows how its
 * filters map onto its API's query.
 */
export function FacetedSearchPage<F extends string, T extends { id: string }>({
  texts,
  search,
  facets,
  list,
  renderItem,
  createLink,
}: FacetedSearchPageProps<F, T>) {
  const { t } = useI18n();
  usePageTitle(texts.title);
  // The groups follow the page's filter spec, as the active filters do.
  const names = Object.keys(search.filters) as F[];
  const chips = activeFiltersOf(search, (name, value) =>
    name === 'q' ? t('search.query', { q: value }) : `${facets[name].legend}: ${facets[name].labelOf(value)}`,
  );
  const counts = list.data?.facets;

  return (
    <div className="page">
      <h1>{texts.title}</h1>
      <p className="lead">{texts.intro}</p>
      {createLink && <p>{createLink}</p>}
      <SearchBox value={search.q} onSearch={search.setQuery} label={texts.query} hint={texts.queryHint} />
      <SearchLayout
        chosen={names.reduce((sum, name) => sum + search.filters[name].length, 0)}
        filters={names.map((name) => (
          <FacetGroup
            key={name}
            legend={facets[name].legend}
            counts={counts?.[name] ?? []}
            selected={search.filters[name]}
            labelOf={facets[name].labelOf}
            onChange={(value, selected) => search.setFilterValue(name, value, selected)}
            limit={name === 'municipality' || name === 'region' ? 5 : 8}
          />
        ))}
      >
        <h2 className="visually-hidden">{texts.results}</h2>
        <ResultCount text={list.data ? texts.count(list.data.total) : ''} busy={list.isFetching} />
        <ActiveFilters
          filters={chips}
          onRemove={(chip) =>
            chip.name === 'q' ? search.setQuery('') : search.removeFilterValue(chip.name as F, chip.value)
          }
          onClearAll={search.clearAll}
        />
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState>
            {search.isFiltered ? (
              <>
                {texts.emptyFiltered}{' '}
                <Button variant="secondary" onClick={search.clearAll}>
                  {t('search.clearAll')}
                </Button>
              </>
            ) : (
              texts.empty
            )}
          </EmptyState>
        ) : (
          <>
            <ul className="cards">
              {list.data.items.map((item) => (
                <Fragment key={item.id}>{renderItem(item)}</Fragment>
              ))}
            </ul>
            <PageNumbers
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              label={texts.pagination}
            />
          </>
        )}
      </SearchLayout>
    </div>
  );
}
