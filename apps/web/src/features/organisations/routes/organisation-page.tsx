import { useLocation, useNavigate, useParams } from 'react-router';
import { LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { isApiError } from '../../../lib/api-client';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';
import { useOrganisation } from '../api/get-organisation';
import { InvitationsSection } from '../components/invitations-section';
import { LeaveSection } from '../components/leave-section';
import { MembersSection } from '../components/members-section';
import { OrganisationDetails } from '../components/organisation-details';

export function OrganisationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const notFound = isApiError(organisation.error, 'NOT_FOUND') || isApiError(organisation.error, 'VALIDATION_FAILED');
  const title = organisation.data?.name ?? (notFound ? t('organisation.notFound') : t('organisation.title'));
  usePageTitle(title);

  const data = organisation.data;
  const myRole = data?.myRole ?? null;
  return (
    <div className="page">
      {/* One h1 throughout loading, so focus placed on it after navigation stays put. */}
      <h1 id="organisation-title" tabIndex={-1}>
        {title}
      </h1>
      {organisation.isPending ? (
        <Loading />
      ) : notFound ? (
        <p>{t('organisation.notFoundText')}</p>
      ) : organisation.isError ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : data ? (
        <>
          {myRole && <p className="lead">{t('organisation.yourRole', { role: t(`role.${myRole}`) })}</p>}
          <OrganisationDetails organisation={data} />
          {(myRole || isCurator(me)) && <MembersSection organisation={data} myUserId={me?.user.id} />}
          {myRole === 'OWNER' && <InvitationsSection organisationId={data.id} />}
          {myRole && me && (
            <LeaveSection
              organisationId={data.id}
              organisationName={data.name}
              myUserId={me.user.id}
              onLeft={() => {
                void navigate(location.pathname, {
                  replace: true,
                  state: withFlash('organisation.leave.done', { name: data.name }),
                });
                document.getElementById('organisation-title')?.focus();
              }}
            />
          )}
        </>
      ) : null}
    </div>
  );
}
