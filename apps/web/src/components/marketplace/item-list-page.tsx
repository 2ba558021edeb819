import {
  findCounty,
  findMunicipality,
  FOCUS_AREAS,
  SUPPORT_TYPES,
  TARGET_GROUPS,
  type FocusArea,
  type SupportType,
  type TargetGroup,
} from '@motesplats/contracts';
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useMe } from '../../lib/session';
import {
  countyName,
  FacetedSearchPage,
  municipalityName,
  oneOf,
  useSearchState,
  type FacetDefinition,
  type FacetedList,
  type FilterSpec,
} from '../search';
import { itemPath, type ItemKind, type ItemSummary, type StatusTable } from './item-kind';

/** The filters the browse pages of published things choose from; each is a query parameter of their lists. */
export type ItemFilter = 'focusArea' | 'targetGroup' | 'municipality' | 'region' | 'supportType' | 'status';

const FILTER_VALUES: Omit<FilterSpec<ItemFilter>, 'status'> = {
  focusArea: oneOf(FOCUS_AREAS),
  targetGroup: oneOf(TARGET_GROUPS),
  municipality: (value) => findMunicipality(value) !== undefined,
  region: (value) => findCounty(value) !== undefined,
  supportType: oneOf(SUPPORT_TYPES),
};

/**
 * A browse page's filters, in the order its facet groups show. Call it once, at module level:
 * useSearchState reads the address again only when the spec changes.
 */
export function itemFilters<F extends ItemFilter, S extends string>(
  names: readonly F[],
  status: StatusTable<S>,
): FilterSpec<F> {
  const spec: FilterSpec<ItemFilter> = { ...FILTER_VALUES, status: oneOf(Object.keys(status.tone)) };
  return Object.fromEntries(names.map((name) => [name, spec[name]])) as FilterSpec<F>;
}

const LEGENDS: Record<ItemFilter, MessageKey> = {
  focusArea: 'marketplace.focusArea',
  targetGroup: 'marketplace.targetGroup',
  municipality: 'field.municipality',
  region: 'marketplace.region',
  supportType: 'offerings.supportTypes',
  status: 'marketplace.status',
};

const PAGE_SIZE = 20;

export interface ItemListPageProps<
  S extends string,
  F extends ItemFilter,
  T extends ItemSummary<S>,
  L extends FacetedList<F, T>,
  Q,
  K extends QueryKey,
> {
  kind: ItemKind<S, T>;
  /** The page's filters (itemFilters, at module level). */
  filters: FilterSpec<F>;
  /** The kind's list query; the filter spec has checked every value, so the query is what its contract accepts. */
  listQuery: (query: Q) => UseQueryOptions<L, Error, L, K>;
  renderItem: (item: T) => ReactNode;
  /** A facet legend other than the usual one (what support a challenge needs, say). */
  legends?: Partial<Record<F, MessageKey>>;
}

/** The browse page of one kind: its texts, facets, results and, for those who may, "create one". */
export function ItemListPage<
  S extends string,
  F extends ItemFilter,
  T extends ItemSummary<S>,
  L extends FacetedList<F, T>,
  Q,
  K extends QueryKey,
>({ kind, filters, listQuery, renderItem, legends = {} }: ItemListPageProps<S, F, T, L, Q, K>) {
  const search = useSearchState(filters);
  const query = { q: search.q || undefined, ...search.filters, page: search.page, pageSize: PAGE_SIZE };
  const list = useQuery(listQuery(query as Q));
  const { t, locale } = useI18n();
  const me = useMe();
  const legend = { ...LEGENDS, ...legends };
  const labels: Record<ItemFilter, (value: string) => string> = {
    focusArea: (value) => t(`focusArea.${value as FocusArea}`),
    targetGroup: (value) => t(`targetGroup.${value as TargetGroup}`),
    municipality: municipalityName,
    region: (value) => countyName(value, locale),
    supportType: (value) => t(`supportType.${value as SupportType}`),
    status: (value) => kind.status.label(value as S, t),
  };
  const facets = Object.fromEntries(
    Object.keys(search.filters).map((name) => [
      name,
      { legend: t(legend[name as F] as MessageKey), labelOf: labels[name as F] } satisfies FacetDefinition,
    ]),
  ) as Record<F, FacetDefinition>;
  const canCreate = me?.memberships.some((m) => m.organisation.kind === kind.creator);

  return (
    <FacetedSearchPage
      texts={{
        title: t(`${kind.name}.list.title`),
        intro: t(`${kind.name}.list.intro`),
        query: t(`${kind.name}.list.query`),
        queryHint: t(`${kind.name}.list.queryHint`),
        results: t('search.results'),
        count: (count) => t(`${kind.name}.list.count`, { count }),
        emptyFiltered: t(`${kind.name}.list.emptyFiltered`),
        empty: t(`${kind.name}.list.empty`),
        pagination: t(`${kind.name}.list.pagination`),
      }}
      search={search}
      facets={facets}
      list={list}
      renderItem={renderItem}
      createLink={
        canCreate && (
          <Link className="button button--primary" to={`${itemPath(kind)}/new`}>
            {t(`${kind.name}.create`)}
          </Link>
        )
      }
    />
  );
}
