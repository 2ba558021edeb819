import {
  ACTOR_TYPES,
  findCounty,
  findMunicipality,
  ORGANISATION_KINDS,
  VERIFICATION_STATUSES,
  type ActorType,
  type OrganisationKind,
  type OrganisationSummary,
  type VerificationStatus,
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
import { useI18n, useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useOrganisations } from '../../../features/organisations/api/list-organisations';
import { VerifiedMark } from '../../../features/organisations/components/verification-badge';

const PAGE_SIZE = 20;

type Filter = 'kind' | 'actorType' | 'municipality' | 'region' | 'verification';
// A module constant: the search state reads the address again only when it changes.
const FILTERS: FilterSpec<Filter> = {
  kind: oneOf(ORGANISATION_KINDS),
  actorType: oneOf(ACTOR_TYPES),
  municipality: (value) => findMunicipality(value) !== undefined,
  region: (value) => findCounty(value) !== undefined,
  verification: oneOf(VERIFICATION_STATUSES),
};

function OrganisationCard({ organisation }: { organisation: OrganisationSummary }) {
  const t = useT();
  const municipality = organisation.municipalityCode ? findMunicipality(organisation.municipalityCode) : undefined;
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
      </h3>
      <p className="meta">
        {t(`organisationKind.${organisation.kind}`)}
        {organisation.actorType && <> · {t(`actorType.${organisation.actorType}`)}</>}
        {municipality && <> · {municipality.name}</>}
      </p>
      {organisation.verification === 'VERIFIED' && (
        <p>
          <VerifiedMark status={organisation.verification} />
        </p>
      )}
      {organisation.description && <p className="card__text">{organisation.description}</p>}
    </li>
  );
}

export function OrganisationsPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const search = useSearchState(FILTERS);
  const { filters } = search;
  const list = useOrganisations({
    q: search.q || undefined,
    kind: filters.kind as OrganisationKind[],
    actorType: filters.actorType as ActorType[],
    municipality: filters.municipality,
    region: filters.region,
    verification: filters.verification as VerificationStatus[],
    page: search.page,
    pageSize: PAGE_SIZE,
  });

  const facets: Record<Filter, FacetDefinition> = {
    kind: {
      legend: t('field.organisationKind'),
      labelOf: (value) => t(`organisationKind.${value as OrganisationKind}`),
    },
    actorType: { legend: t('field.actorType'), labelOf: (value) => t(`actorType.${value as ActorType}`) },
    municipality: { legend: t('field.municipality'), labelOf: municipalityName },
    region: { legend: t('organisations.list.region'), labelOf: (value) => countyName(value, locale) },
    verification: {
      legend: t('organisation.verification'),
      labelOf: (value) => t(`verification.${value as VerificationStatus}`),
    },
  };

  return (
    <FacetedSearchPage
      texts={{
        title: t('organisations.list.title'),
        intro: t('organisations.list.intro'),
        query: t('organisations.list.query'),
        queryHint: t('organisations.list.queryHint'),
        results: t('organisations.list.results'),
        count: (count) => t('organisations.list.count', { count }),
        emptyFiltered: t('organisations.list.empty'),
        empty: t('organisations.list.none'),
        pagination: t('organisations.list.pagination'),
      }}
      search={search}
      facets={facets}
      list={list}
      renderItem={(organisation) => <OrganisationCard organisation={organisation} />}
      createLink={me && <Link to="/organisations/new">{t('organisations.list.create')}</Link>}
    />
  );
}
