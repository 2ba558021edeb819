import { Link, useParams } from 'react-router';
import { OwnItemsSection } from '../../../components/marketplace/organisation-items';
import { NotFound, isNotFound } from '../../../components/not-found';
import { LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { labKeys } from '../../../features/labs/api/query-keys';
import { labKind } from '../../../features/labs/lab-kind';
import { offeringKind } from '../../../features/offerings/offering-kind';
import { useT } from '../../../lib/i18n';
import { useInvalidate } from '../../../lib/query-effects';
import { useMe } from '../../../lib/session';
import { useOrganisation } from '../../../features/organisations/api/get-organisation';
import { VerifiedMark } from '../../../features/organisations/components/verification-badge';
import { VerificationNotice } from '../../../features/organisations/components/verification-notice';

/** An organisation's own work, drafts first, for its members (administrators may look too). */
export function MyOrganisationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useMe();
  const organisation = useOrganisation(id);
  const data = organisation.data;
  const notFound = isNotFound(organisation.error);
  const allowed = Boolean(data?.myRole) || me?.user.platformRole === 'ADMIN';
  const title = data && allowed ? data.name : notFound ? t('organisation.notFound') : t('myOrganisation.title');
  usePageTitle(title);
  const encodedId = encodeURIComponent(id);
  // A lab's page lists its challenges.
  const labsChanged = useInvalidate(labKeys.all);

  if (notFound) {
    return (
      <NotFound
        title={title}
        text={t('organisation.notFoundText')}
        list={{ to: '/my-organisation', label: t('nav.myOrganisation') }}
      />
    );
  }
  return (
    <div className="page">
      <h1 tabIndex={-1}>{title}</h1>
      {organisation.isPending ? (
        <Loading />
      ) : organisation.isError ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : data && !allowed ? (
        <div className="notice notice--warning">
          <p>{t('myOrganisation.notMember', { name: data.name })}</p>
          <p>
            <Link to={`/organisations/${data.id}`}>{t('myOrganisation.toProfile', { name: data.name })}</Link>
          </p>
        </div>
      ) : data ? (
        <>
          {data.verification === 'VERIFIED' && (
            <p className="verified-line">
              <VerifiedMark status={data.verification} />
            </p>
          )}
          <VerificationNotice organisation={data} />
          <p className="lead">{t('myOrganisation.intro')}</p>
          <p>
            <Link to={`/organisations/${data.id}`}>{t('myOrganisation.toProfile', { name: data.name })}</Link>
          </p>
          {data.kind === 'NATIONAL' ? (
            <p>{t('myOrganisation.nationalText')}</p>
          ) : (
            <section className="section" aria-labelledby="create-title">
              <h2 id="create-title">{t('myOrganisation.create.title')}</h2>
              <div className="inline-actions">
                {data.kind === 'HOUSING_COMPANY' && (
                  <>
                    <Link className="button button--secondary" to={`/challenges/new?organisationId=${encodedId}`}>
                      {t('myOrganisation.create.challenge')}
                    </Link>
                    <Link className="button button--secondary" to={`/labs/new?organisationId=${encodedId}`}>
                      {t('myOrganisation.create.lab')}
                    </Link>
                  </>
                )}
                {data.kind === 'LOCAL_ACTOR' && (
                  <Link className="button button--secondary" to={`/offerings/new?organisationId=${encodedId}`}>
                    {t('myOrganisation.create.offering')}
                  </Link>
                )}
              </div>
            </section>
          )}
          {data.kind === 'HOUSING_COMPANY' && (
            <>
              <OwnItemsSection kind={challengeKind} organisationId={data.id} onPublished={labsChanged} />
              <OwnItemsSection kind={labKind} organisationId={data.id} />
            </>
          )}
          {data.kind === 'LOCAL_ACTOR' && <OwnItemsSection kind={offeringKind} organisationId={data.id} />}
        </>
      ) : null}
    </div>
  );
}
