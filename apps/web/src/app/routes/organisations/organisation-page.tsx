import { useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button';
import { OrganisationItemsSection } from '../../../components/marketplace/organisation-items';
import { NotFound, isNotFound } from '../../../components/not-found';
import { LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { StatusMessage } from '../../../components/status-message';
import { withFlash } from '../../../lib/flash';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { labKind } from '../../../features/labs/lab-kind';
import { offeringKind } from '../../../features/offerings/offering-kind';
import { useT } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';
import { useOrganisation } from '../../../features/organisations/api/get-organisation';
import { InvitationsSection } from '../../../features/organisations/components/invitations-section';
import { LeaveSection } from '../../../features/organisations/components/leave-section';
import { MembersSection } from '../../../features/organisations/components/members-section';
import { OrganisationDetails } from '../../../features/organisations/components/organisation-details';
import { ProfileEditForm } from '../../../features/organisations/components/profile-edit-form';
import { VerificationControl } from '../../../features/organisations/components/verification-control';
import { VerifiedMark } from '../../../features/organisations/components/verification-badge';
import { VerificationNotice } from '../../../features/organisations/components/verification-notice';

export function OrganisationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const notFound = isNotFound(organisation.error);
  const title = organisation.data?.name ?? (notFound ? t('organisation.notFound') : t('organisation.title'));
  usePageTitle(title);

  const data = organisation.data;
  const myRole = data?.myRole ?? null;
  // Owners edit the profile; administrators may do everything.
  const canEdit = myRole === 'OWNER' || me?.user.platformRole === 'ADMIN';

  const closeEditor = () => {
    setEditing(false);
    // The button comes back on the next render; focus returns to it, where the reader started.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (notFound) {
    return (
      <NotFound
        title={title}
        text={t('organisation.notFoundText')}
        list={{ to: '/organisations', label: t('organisation.backToList') }}
      />
    );
  }
  return (
    <div className="page">
      {/* One h1 throughout loading, so focus placed on it after navigation stays put. */}
      <h1 id="organisation-title" tabIndex={-1}>
        {title}
      </h1>
      {organisation.isPending ? (
        <Loading />
      ) : organisation.isError ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : data ? (
        <>
          {data.verification === 'VERIFIED' && (
            <p className="verified-line">
              <VerifiedMark status={data.verification} />
            </p>
          )}
          {myRole && <VerificationNotice organisation={data} />}
          {myRole && <p className="lead">{t('organisation.yourRole', { role: t(`role.${myRole}`) })}</p>}
          {myRole && data.kind !== 'NATIONAL' && (
            <p>
              <Link to={`/my-organisation/${data.id}`}>{t('organisation.toMyOrganisation')}</Link>
            </p>
          )}
          <OrganisationDetails organisation={data} />
          {canEdit &&
            (editing ? (
              <section className="section" aria-labelledby="edit-profile-title">
                <h2 id="edit-profile-title" ref={editHeading} tabIndex={-1}>
                  {t('organisation.edit.title')}
                </h2>
                <ProfileEditForm
                  organisation={data}
                  onCancel={closeEditor}
                  onReload={async () => (await organisation.refetch()).data}
                  onSaved={() => {
                    setSaved(true);
                    closeEditor();
                  }}
                />
              </section>
            ) : (
              <p>
                <Button
                  ref={editButton}
                  variant="secondary"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                    requestAnimationFrame(() => editHeading.current?.focus());
                  }}
                >
                  {t('organisation.edit.open')}
                </Button>
              </p>
            ))}
          {canEdit && <StatusMessage message={saved ? t('organisation.edit.saved') : null} />}
          {isCurator(me) && <VerificationControl organisation={data} />}
          {data.kind === 'HOUSING_COMPANY' && (
            <>
              <OrganisationItemsSection kind={labKind} organisationId={data.id} />
              <OrganisationItemsSection kind={challengeKind} organisationId={data.id} />
            </>
          )}
          {data.kind === 'LOCAL_ACTOR' && <OrganisationItemsSection kind={offeringKind} organisationId={data.id} />}
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
