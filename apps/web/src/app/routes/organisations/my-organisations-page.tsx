import { Link, Navigate } from 'react-router';
import { EmptyState, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { useT } from '../../../lib/i18n';
import { useMe } from '../../../lib/session';
import { VerifiedMark } from '../../../features/organisations/components/verification-badge';

/** "My organisation" with several memberships: the reader picks one; with one, it opens at once. */
export function MyOrganisationsPage() {
  const t = useT();
  usePageTitle(t('myOrganisation.chooser.title'));
  const me = useMe();
  const memberships = me?.memberships ?? [];
  if (memberships.length === 1 && memberships[0]) {
    return <Navigate to={`/my-organisation/${memberships[0].organisation.id}`} replace />;
  }
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('myOrganisation.chooser.title')}</h1>
      {me === undefined ? (
        <Loading />
      ) : memberships.length === 0 ? (
        <>
          <EmptyState>{t('myOrganisation.chooser.empty')}</EmptyState>
          <p>
            <Link to="/organisations/new">{t('organisations.list.create')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t('myOrganisation.chooser.intro')}</p>
          <ul className="list">
            {memberships.map(({ organisation, role }) => (
              <li key={organisation.id} className="list-item">
                <div className="list-item__main">
                  <p className="list-item__title">
                    <Link to={`/my-organisation/${organisation.id}`}>{organisation.name}</Link>
                    <VerifiedMark status={organisation.verification} />
                  </p>
                  <p className="meta">
                    {t(`organisationKind.${organisation.kind}`)} · {t(`role.${role}`)}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
