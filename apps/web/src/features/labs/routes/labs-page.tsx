import {
  LAB_STATUSES,
  findCounty,
  findMunicipality,
  FOCUS_AREAS,
  type FocusArea,
  type LabStatus,
} from '@motesplats/contracts';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import {
  ActiveFilters,
  activeFiltersOf,
  countyName,
  FacetGroup,
  municipalityName,
  oneOf,
  PageNumbers,
  ResultCount,
  SearchBox,
  SearchLayout,
  useSearchState,
  type FilterSpec,
} from '../../../components/search';
import { useI18n } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useLabs } from '../api/list-labs';
import { LabCard } from '../components/lab-card';

const PAGE_SIZE = 20;

type Filter = 'focusArea' | 'status' | 'municipality' | 'region';
const FILTERS: FilterSpec<Filter> = {
  focusArea: oneOf(FOCUS_AREAS),
  status: oneOf(LAB_STATUSES),
  municipality: (value) => findMunicipality(value) !== undefined,
  region: (value) => findCounty(value) !== undefined,
};

export function LabsPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('labs.list.title'));
  const me = useMe();
  const search = useSearchState(FILTERS);
  const { filters } = search;
  const list = useLabs({
    q: search.q || undefined,
    focusArea: filters.focusArea as FocusArea[],
    municipality: filters.municipality,
    region: filters.region,
    status: filters.status as LabStatus[],
    page: search.page,
    pageSize: PAGE_SIZE,
  });

  const legendOf: Record<Filter, string> = {
    focusArea: t('marketplace.focusArea'),
    municipality: t('field.municipality'),
    region: t('marketplace.region'),
    status: t('marketplace.status'),
  };
  const labelOf = (name: Filter, value: string): string => {
    switch (name) {
      case 'focusArea':
        return t(`focusArea.${value as FocusArea}`);
      case 'municipality':
        return municipalityName(value);
      case 'region':
        return countyName(value, locale);
      case 'status':
        return t(`labStatus.${value as LabStatus}`);
    }
  };
  const chips = activeFiltersOf(search, (name, value) =>
    name === 'q' ? t('search.query', { q: value }) : `${legendOf[name]}: ${labelOf(name, value)}`,
  );
  const facets = list.data?.facets;
  const canCreate = me?.memberships.some((m) => m.organisation.kind === 'HOUSING_COMPANY');

  return (
    <div className="page">
      <h1>{t('labs.list.title')}</h1>
      <p className="lead">{t('labs.list.intro')}</p>
      {canCreate && (
        <p>
          <Link className="button button--primary" to="/labs/new">
            {t('labs.create')}
          </Link>
        </p>
      )}
      <SearchBox
        value={search.q}
        onSearch={search.setQuery}
        label={t('labs.list.query')}
        hint={t('labs.list.queryHint')}
      />
      <SearchLayout
        filters={(Object.keys(FILTERS) as Filter[]).map((name) => (
          <FacetGroup
            key={name}
            legend={legendOf[name]}
            counts={facets?.[name] ?? []}
            selected={filters[name]}
            labelOf={(value) => labelOf(name, value)}
            onChange={(value, selected) => search.setFilterValue(name, value, selected)}
            limit={name === 'municipality' || name === 'region' ? 5 : 8}
          />
        ))}
      >
        <h2 className="visually-hidden">{t('search.results')}</h2>
        <ResultCount text={list.data ? t('labs.list.count', { count: list.data.total }) : ''} busy={list.isFetching} />
        <ActiveFilters
          filters={chips}
          onRemove={(chip) =>
            chip.name === 'q' ? search.setQuery('') : search.removeFilterValue(chip.name as Filter, chip.value)
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
                {t('labs.list.emptyFiltered')}{' '}
                <Button variant="secondary" onClick={search.clearAll}>
                  {t('search.clearAll')}
                </Button>
              </>
            ) : (
              t('labs.list.empty')
            )}
          </EmptyState>
        ) : (
          <>
            <ul className="cards">
              {list.data.items.map((lab) => (
                <LabCard key={lab.id} lab={lab} />
              ))}
            </ul>
            <PageNumbers
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              label={t('labs.list.pagination')}
            />
          </>
        )}
      </SearchLayout>
    </div>
  );
}
