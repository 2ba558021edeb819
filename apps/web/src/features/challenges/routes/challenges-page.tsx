import {
  CHALLENGE_STATUSES,
  findCounty,
  findMunicipality,
  FOCUS_AREAS,
  SUPPORT_TYPES,
  TARGET_GROUPS,
  type FocusArea,
  type ChallengeStatus,
  type SupportType,
  type TargetGroup,
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
import { useChallenges } from '../api/list-challenges';
import { ChallengeCard } from '../components/challenge-card';

const PAGE_SIZE = 20;

type Filter = 'focusArea' | 'targetGroup' | 'municipality' | 'region' | 'supportType' | 'status';
const FILTERS: FilterSpec<Filter> = {
  focusArea: oneOf(FOCUS_AREAS),
  targetGroup: oneOf(TARGET_GROUPS),
  municipality: (value) => findMunicipality(value) !== undefined,
  region: (value) => findCounty(value) !== undefined,
  supportType: oneOf(SUPPORT_TYPES),
  status: oneOf(CHALLENGE_STATUSES),
};

export function ChallengesPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('challenges.list.title'));
  const me = useMe();
  const search = useSearchState(FILTERS);
  const { filters } = search;
  const list = useChallenges({
    q: search.q || undefined,
    focusArea: filters.focusArea as FocusArea[],
    targetGroup: filters.targetGroup as TargetGroup[],
    municipality: filters.municipality,
    region: filters.region,
    supportType: filters.supportType as SupportType[],
    status: filters.status as ChallengeStatus[],
    page: search.page,
    pageSize: PAGE_SIZE,
  });

  const legendOf: Record<Filter, string> = {
    focusArea: t('marketplace.focusArea'),
    targetGroup: t('marketplace.targetGroup'),
    municipality: t('field.municipality'),
    region: t('marketplace.region'),
    supportType: t('challenges.neededSupport'),
    status: t('marketplace.status'),
  };
  const labelOf = (name: Filter, value: string): string => {
    switch (name) {
      case 'focusArea':
        return t(`focusArea.${value as FocusArea}`);
      case 'targetGroup':
        return t(`targetGroup.${value as TargetGroup}`);
      case 'municipality':
        return municipalityName(value);
      case 'region':
        return countyName(value, locale);
      case 'supportType':
        return t(`supportType.${value as SupportType}`);
      case 'status':
        return t(`challengeStatus.${value as ChallengeStatus}`);
    }
  };
  const chips = activeFiltersOf(search, (name, value) =>
    name === 'q' ? t('search.query', { q: value }) : `${legendOf[name]}: ${labelOf(name, value)}`,
  );
  const facets = list.data?.facets;
  const canCreate = me?.memberships.some((m) => m.organisation.kind === 'HOUSING_COMPANY');

  return (
    <div className="page">
      <h1>{t('challenges.list.title')}</h1>
      <p className="lead">{t('challenges.list.intro')}</p>
      {canCreate && (
        <p>
          <Link className="button button--primary" to="/challenges/new">
            {t('challenges.create')}
          </Link>
        </p>
      )}
      <SearchBox
        value={search.q}
        onSearch={search.setQuery}
        label={t('challenges.list.query')}
        hint={t('challenges.list.queryHint')}
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
        <ResultCount
          text={list.data ? t('challenges.list.count', { count: list.data.total }) : ''}
          busy={list.isFetching}
        />
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
                {t('challenges.list.emptyFiltered')}{' '}
                <Button variant="secondary" onClick={search.clearAll}>
                  {t('search.clearAll')}
                </Button>
              </>
            ) : (
              t('challenges.list.empty')
            )}
          </EmptyState>
        ) : (
          <>
            <ul className="cards">
              {list.data.items.map((challenge) => (
                <ChallengeCard key={challenge.id} challenge={challenge} />
              ))}
            </ul>
            <PageNumbers
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              label={t('challenges.list.pagination')}
            />
          </>
        )}
      </SearchLayout>
    </div>
  );
}
