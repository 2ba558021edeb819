import {
  OFFERING_STATUSES,
  findCounty,
  findMunicipality,
  FOCUS_AREAS,
  SUPPORT_TYPES,
  TARGET_GROUPS,
  type FocusArea,
  type OfferingStatus,
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
import { useOfferings } from '../api/list-offerings';
import { OfferingCard } from '../components/offering-card';

const PAGE_SIZE = 20;

type Filter = 'focusArea' | 'targetGroup' | 'municipality' | 'region' | 'supportType' | 'status';
const FILTERS: FilterSpec<Filter> = {
  focusArea: oneOf(FOCUS_AREAS),
  targetGroup: oneOf(TARGET_GROUPS),
  municipality: (value) => findMunicipality(value) !== undefined,
  region: (value) => findCounty(value) !== undefined,
  supportType: oneOf(SUPPORT_TYPES),
  status: oneOf(OFFERING_STATUSES),
};

export function OfferingsPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const search = useSearchState(FILTERS);
  const { filters } = search;
  const list = useOfferings({
    q: search.q || undefined,
    focusArea: filters.focusArea as FocusArea[],
    targetGroup: filters.targetGroup as TargetGroup[],
    municipality: filters.municipality,
    region: filters.region,
    supportType: filters.supportType as SupportType[],
    status: filters.status as OfferingStatus[],
    page: search.page,
    pageSize: PAGE_SIZE,
  });

  const facets: Record<Filter, FacetDefinition> = {
    focusArea: { legend: t('marketplace.focusArea'), labelOf: (value) => t(`focusArea.${value as FocusArea}`) },
    targetGroup: { legend: t('marketplace.targetGroup'), labelOf: (value) => t(`targetGroup.${value as TargetGroup}`) },
    municipality: { legend: t('field.municipality'), labelOf: municipalityName },
    region: { legend: t('marketplace.region'), labelOf: (value) => countyName(value, locale) },
    supportType: {
      legend: t('offerings.supportTypes'),
      labelOf: (value) => t(`supportType.${value as SupportType}`),
    },
    status: { legend: t('marketplace.status'), labelOf: (value) => t(`offeringStatus.${value as OfferingStatus}`) },
  };
  const canCreate = me?.memberships.some((m) => m.organisation.kind === 'LOCAL_ACTOR');

  return (
    <FacetedSearchPage
      texts={{
        title: t('offerings.list.title'),
        intro: t('offerings.list.intro'),
        query: t('offerings.list.query'),
        queryHint: t('offerings.list.queryHint'),
        results: t('search.results'),
        count: (count) => t('offerings.list.count', { count }),
        emptyFiltered: t('offerings.list.emptyFiltered'),
        empty: t('offerings.list.empty'),
        pagination: t('offerings.list.pagination'),
      }}
      search={search}
      facets={facets}
      list={list}
      renderItem={(offering) => <OfferingCard offering={offering} />}
      createLink={
        canCreate && (
          <Link className="button button--primary" to="/offerings/new">
            {t('offerings.create')}
          </Link>
        )
      }
    />
  );
}
