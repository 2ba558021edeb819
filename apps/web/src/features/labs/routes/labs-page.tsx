import {
  LAB_STATUSES,
  findCounty,
  findMunicipality,
  FOCUS_AREAS,
  type FocusArea,
  type LabStatus,
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

  const facets: Record<Filter, FacetDefinition> = {
    focusArea: { legend: t('marketplace.focusArea'), labelOf: (value) => t(`focusArea.${value as FocusArea}`) },
    status: { legend: t('marketplace.status'), labelOf: (value) => t(`labStatus.${value as LabStatus}`) },
    municipality: { legend: t('field.municipality'), labelOf: municipalityName },
    region: { legend: t('marketplace.region'), labelOf: (value) => countyName(value, locale) },
  };
  const canCreate = me?.memberships.some((m) => m.organisation.kind === 'HOUSING_COMPANY');

  return (
    <FacetedSearchPage
      texts={{
        title: t('labs.list.title'),
        intro: t('labs.list.intro'),
        query: t('labs.list.query'),
        queryHint: t('labs.list.queryHint'),
        results: t('search.results'),
        count: (count) => t('labs.list.count', { count }),
        emptyFiltered: t('labs.list.emptyFiltered'),
        empty: t('labs.list.empty'),
        pagination: t('labs.list.pagination'),
      }}
      search={search}
      facets={facets}
      list={list}
      renderItem={(lab) => <LabCard lab={lab} />}
      createLink={
        canCreate && (
          <Link className="button button--primary" to="/labs/new">
            {t('labs.create')}
          </Link>
        )
      }
    />
  );
}
