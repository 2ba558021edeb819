/**
 * The shared search UI of the browse pages. Everything is driven by the address (URL search
 * parameters), so a search is a shareable link and the back button undoes the last change.
 *
 * A browse page is usually `FacetedSearchPage` (for a published kind, through
 * components/marketplace/item-list-page.tsx); the pieces below are for a page that needs another layout:
 *
 *   const FILTERS = { kind: oneOf(ORGANISATION_KINDS), municipality: (v) => findMunicipality(v) !== undefined };
 *   // ^ a module constant: which values each filter parameter may hold
 *   const search = useSearchState(FILTERS);          // { q, page, filters, setQuery, setFilterValue, … }
 *   const list = useOrganisations({ q: search.q || undefined, ...search.filters, page: search.page });
 *
 *   <SearchBox value={search.q} onSearch={search.setQuery} label={t('…')} />
 *   <SearchLayout filters={
 *     <FacetGroup legend={t('field.organisationKind')} counts={list.data?.facets.kind ?? []}
 *       selected={search.filters.kind} labelOf={(v) => t(`organisationKind.${v}`)}
 *       onChange={(value, on) => search.setFilterValue('kind', value, on)} />
 *   }>
 *     <ResultCount text={t('…count', { count: list.data.total })} busy={list.isFetching} />
 *     <ActiveFilters filters={activeFiltersOf(search, labelOf)} onRemove={…} onClearAll={search.clearAll} />
 *     …results…
 *     <PageNumbers page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} label={t('…')} />
 *   </SearchLayout>
 *
 * `municipalityName(code)` and `countyName(code, locale)` label the municipality and region facets.
 */
export { ActiveFilters, type ActiveFilter } from './active-filters';
export { activeFiltersOf } from './active-filters-of';
export { FacetGroup } from './facet-group';
export {
  FacetedSearchPage,
  type FacetDefinition,
  type FacetedList,
  type FacetedSearchTexts,
} from './faceted-search-page';
export { countyName, municipalityName } from './facet-labels';
export { PageNumbers, pageWindow } from './page-numbers';
export { ResultCount } from './result-count';
export { SearchBox } from './search-box';
export { SearchLayout } from './search-layout';
export { oneOf, readFilterValues, useSearchState, type FilterSpec, type SearchState } from './use-search-state';
