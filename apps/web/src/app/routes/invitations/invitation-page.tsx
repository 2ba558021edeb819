import type { InvitationPreview, Me } from '@motesplats/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button';
import { NotFound, isNotFound } from '../../../components/not-found';
import { LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { isApiError } from '../../../lib/api-client';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { withFlash } from '../../../lib/flash';
import { useI18n } from '../../../lib/i18n';
import { signInPath } from '../../../lib/return-to';
import { useMe } from '../../../lib/session';
import { useAcceptInvitation } from '../../../features/invitations/api/accept-invitation';
import { useInvitationPreview } from '../../../features/invitations/api/get-invitation';

function AcceptPanel({ token, invitation, me }: { token: string; invitation: InvitationPreview; me: Me | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const here = `/invitations/${encodeURIComponent(token)}`;
  const organisationPath = `/organisations/${invitation.organisation.id}`;

  if (me === null) {
    const email = encodeURIComponent(invitation.email);
    return (
      <div className="panel">
        <p>{t('invitation.signInFirst', { email: invitation.email })}</p>
        <div className="inline-actions">
          <Link className="button button--primary" to={`${signInPath(here)}&email=${email}`}>
            {t('invitation.signIn')}
          </Link>
          <Link
            className="button button--secondary"
            to={`/register?returnTo=${encodeURIComponent(here)}&email=${email}`}
          >
            {t('invitation.register')}
          </Link>
        </div>
      </div>
    );
  }
  if (me.memberships.some((m) => m.organisation.id === invitation.organisation.id)) {
    return (
      <div className="panel">
        <p>{t('invitation.alreadyMember')}</p>
        <Link to={organisationPath}>{t('invitation.toOrganisation', { name: invitation.organisation.name })}</Link>
      </div>
    );
  }
  if (me.user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <div className="notice notice--warning">
        <p>{t('invitation.wrongAccount', { signedInAs: me.user.email, email: invitation.email })}</p>
      </div>
    );
  }
  return (
    <div className="panel">
      {accept.isError && (
        <div className="notice notice--error" role="alert">
          <p>
            {isApiError(accept.error, 'FORBIDDEN')
              ? t('invitation.wrongAccount', { signedInAs: me.user.email, email: invitation.email })
              : t(apiErrorMessageKey(accept.error))}
          </p>
        </div>
      )}
      <Button
        busy={accept.isPending}
        onClick={() =>
          accept.mutate(
            { token },
            {
              onSuccess: () =>
                void navigate(organisationPath, {
                  state: withFlash('invitation.accepted', { name: invitation.organisation.name }),
                }),
            },
          )
        }
      >
        {t('invitation.accept', { name: invitation.organisation.name })}
      </Button>
    </div>
  );
}

export function InvitationPage() {
  const { t, formatDate } = useI18n();
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  const me = useMe();
  const gone = isNotFound(preview.error);
  const title = preview.data
    ? t('invitation.title', { name: preview.data.organisation.name })
    : gone
      ? t('invitation.goneTitle')
      : t('invitation.loadingTitle');
  usePageTitle(title);

  if (gone) return <NotFound title={title} text={t('invitation.goneText')} />;
  return (
    <div className="page page--narrow">
      <h1 tabIndex={-1}>{title}</h1>
      {preview.isPending || me === undefined ? (
        <Loading />
      ) : preview.isError ? (
        <LoadError error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <>
          <p className="lead">
            {t('invitation.summary', {
              name: preview.data.organisation.name,
              role: t(`role.${preview.data.role}`),
            })}
          </p>
          <p>{t('invitation.sentTo', { email: preview.data.email, date: formatDate(preview.data.expiresAt) })}</p>
          <AcceptPanel token={token} invitation={preview.data} me={me} />
        </>
      )}
    </div>
  );
}
