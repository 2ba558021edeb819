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
import {
  countyName,
  FacetedSearchPage,
  municipalityName,
  oneOf,
  useSearchState,
  type FacetDefinition,
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

  const facets: Record<Filter, FacetDefinition> = {
    focusArea: { legend: t('marketplace.focusArea'), labelOf: (value) => t(`focusArea.${value as FocusArea}`) },
    targetGroup: { legend: t('marketplace.targetGroup'), labelOf: (value) => t(`targetGroup.${value as TargetGroup}`) },
    municipality: { legend: t('field.municipality'), labelOf: municipalityName },
    region: { legend: t('marketplace.region'), labelOf: (value) => countyName(value, locale) },
    supportType: {
      legend: t('challenges.neededSupport'),
      labelOf: (value) => t(`supportType.${value as SupportType}`),
    },
    status: { legend: t('marketplace.status'), labelOf: (value) => t(`challengeStatus.${value as ChallengeStatus}`) },
  };
  const canCreate = me?.memberships.some((m) => m.organisation.kind === 'HOUSING_COMPANY');

  return (
    <FacetedSearchPage
      texts={{
        title: t('challenges.list.title'),
        intro: t('challenges.list.intro'),
        query: t('challenges.list.query'),
        queryHint: t('challenges.list.queryHint'),
        results: t('search.results'),
        count: (count) => t('challenges.list.count', { count }),
        emptyFiltered: t('challenges.list.emptyFiltered'),
        empty: t('challenges.list.empty'),
        pagination: t('challenges.list.pagination'),
      }}
      search={search}
      facets={facets}
      list={list}
      renderItem={(challenge) => <ChallengeCard challenge={challenge} />}
      createLink={
        canCreate && (
          <Link className="button button--primary" to="/challenges/new">
            {t('challenges.create')}
          </Link>
        )
      }
    />
  );
}
