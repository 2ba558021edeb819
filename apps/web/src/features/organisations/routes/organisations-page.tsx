import {
  findMunicipality,
  MunicipalityCode,
  ORGANISATION_KINDS,
  OrganisationKind,
  type ListOrganisationsQuery,
  type OrganisationSummary,
} from '@motesplats/contracts';
import { useId, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { MunicipalityOptions } from '../../../components/form/municipality-select';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { Pagination } from '../../../components/pagination';
import { useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { useOrganisations } from '../api/list-organisations';
import { VerificationBadge } from '../components/verification-badge';

const PAGE_SIZE = 20;

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
      <p>
        <VerificationBadge status={organisation.verification} />
      </p>
      {organisation.description && <p className="card__text">{organisation.description}</p>}
    </li>
  );
}

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function OrganisationsPage() {
  const t = useT();
  usePageTitle(t('organisations.list.title'));
  const me = useMe();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  // Unknown values in the address are ignored rather than sent on to be refused.
  const kind = OrganisationKind.safeParse(params.get('kind')).data;
  const municipality = MunicipalityCode.safeParse(params.get('municipality')).data;
  const page = pageFrom(params.get('page'));
  const query: ListOrganisationsQuery = {
    q: q || undefined,
    kind: kind ? [kind] : undefined,
    municipality: municipality ? [municipality] : undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const organisations = useOrganisations(query);

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'kind', 'municipality']) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  return (
    <div className="page">
      <h1>{t('organisations.list.title')}</h1>
      <p className="lead">{t('organisations.list.intro')}</p>
      {me && (
        <p>
          <Link to="/organisations/new">{t('organisations.list.create')}</Link>
        </p>
      )}
      <form className="filters" role="search" onSubmit={search}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-q`}>
            {t('organisations.list.query')}
          </label>
          <input id={`${id}-q`} className="input input--full" name="q" type="search" defaultValue={q} key={`q-${q}`} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('field.organisationKind')}
          </label>
          <select id={`${id}-kind`} className="input select" name="kind" defaultValue={kind ?? ''} key={`kind-${kind}`}>
            <option value="">{t('organisations.list.allKinds')}</option>
            {ORGANISATION_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`organisationKind.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-municipality`}>
            {t('field.municipality')}
          </label>
          <select
            id={`${id}-municipality`}
            className="input select"
            name="municipality"
            defaultValue={municipality ?? ''}
            key={`m-${municipality}`}
          >
            <option value="">{t('organisations.list.allMunicipalities')}</option>
            <MunicipalityOptions />
          </select>
        </div>
        <div className="filters__actions">
          <Button type="submit">{t('organisations.list.search')}</Button>
        </div>
      </form>

      <section className="section">
        <h2 id={`${id}-results`} className="visually-hidden">
          {t('organisations.list.results')}
        </h2>
        {organisations.isPending ? (
          <Loading />
        ) : organisations.isError ? (
          <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
        ) : organisations.data.items.length === 0 ? (
          <EmptyState>{t('organisations.list.empty')}</EmptyState>
        ) : (
          <>
            <p role="status">{t('organisations.list.count', { count: organisations.data.total })}</p>
            <ul className="cards">
              {organisations.data.items.map((organisation) => (
                <OrganisationCard key={organisation.id} organisation={organisation} />
              ))}
            </ul>
            <Pagination
              page={organisations.data.page}
              pageSize={organisations.data.pageSize}
              total={organisations.data.total}
              label={t('organisations.list.pagination')}
            />
          </>
        )}
      </section>
    </div>
  );
}
