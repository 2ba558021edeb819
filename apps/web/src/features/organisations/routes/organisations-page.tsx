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
import { useI18n, useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useOrganisations } from '../api/list-organisations';
import { VerifiedMark } from '../components/verification-badge';

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
  usePageTitle(t('organisations.list.title'));
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

  const legendOf: Record<Filter, string> = {
    kind: t('field.organisationKind'),
    actorType: t('field.actorType'),
    municipality: t('field.municipality'),
    region: t('organisations.list.region'),
    verification: t('organisation.verification'),
  };
  const labelOf = (name: Filter, value: string): string => {
    switch (name) {
      case 'kind':
        return t(`organisationKind.${value as OrganisationKind}`);
      case 'actorType':
        return t(`actorType.${value as ActorType}`);
      case 'municipality':
        return municipalityName(value);
      case 'region':
        return countyName(value, locale);
      case 'verification':
        return t(`verification.${value as VerificationStatus}`);
    }
  };
  const chips = activeFiltersOf(search, (name, value) =>
    name === 'q' ? t('search.query', { q: value }) : `${legendOf[name]}: ${labelOf(name, value)}`,
  );
  const facets = list.data?.facets;

  return (
    <div className="page">
      <h1>{t('organisations.list.title')}</h1>
      <p className="lead">{t('organisations.list.intro')}</p>
      {me && (
        <p>
          <Link to="/organisations/new">{t('organisations.list.create')}</Link>
        </p>
      )}
      <SearchBox
        value={search.q}
        onSearch={search.setQuery}
        label={t('organisations.list.query')}
        hint={t('organisations.list.queryHint')}
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
        <h2 className="visually-hidden">{t('organisations.list.results')}</h2>
        <ResultCount
          text={list.data ? t('organisations.list.count', { count: list.data.total }) : ''}
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
                {t('organisations.list.empty')}{' '}
                <Button variant="secondary" onClick={search.clearAll}>
                  {t('search.clearAll')}
                </Button>
              </>
            ) : (
              t('organisations.list.none')
            )}
          </EmptyState>
        ) : (
          <>
            <ul className="cards">
              {list.data.items.map((organisation) => (
                <OrganisationCard key={organisation.id} organisation={organisation} />
              ))}
            </ul>
            <PageNumbers
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              label={t('organisations.list.pagination')}
            />
          </>
        )}
      </SearchLayout>
    </div>
  );
}
