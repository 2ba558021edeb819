import { CreateInvitationBody, MEMBERSHIP_ROLES, type Invitation } from '@motesplats/contracts';
import { useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { ContractForm } from '../../../components/form/contract-form';
import { SelectField } from '../../../components/form/select-field';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n } from '../../../lib/i18n';
import { useCreateInvitation } from '../api/create-invitation';
import { useInvitations } from '../api/list-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

interface InvitationItemProps {
  organisationId: string;
  invitation: Invitation;
  onRevoked: () => void;
}

function InvitationItem({ organisationId, invitation, onRevoked }: InvitationItemProps) {
  const { t, formatDate } = useI18n();
  const revoke = useRevokeInvitation();
  return (
    <li className="list-item">
      <div className="list-item__main">
        <p className="list-item__title">
          {invitation.email}
          <span className="badge badge--muted">{t(`role.${invitation.role}`)}</span>
        </p>
        <p className="meta">
          {invitation.invitedBy
            ? t('organisation.invitations.invitedBy', {
                name: invitation.invitedBy,
                date: formatDate(invitation.createdAt),
              })
            : t('organisation.invitations.invitedOn', { date: formatDate(invitation.createdAt) })}{' '}
          · {t('organisation.invitations.expires', { date: formatDate(invitation.expiresAt) })}
        </p>
        {revoke.isError && (
          <p className="field__error" role="alert">
            {t(apiErrorMessageKey(revoke.error))}
          </p>
        )}
      </div>
      <Button
        variant="secondary"
        busy={revoke.isPending}
        onClick={() =>
          revoke.mutateAsync({ organisationId, invitationId: invitation.id }).then(onRevoked, () => undefined)
        }
      >
        {t('organisation.invitations.revoke')}
        <span className="visually-hidden"> {invitation.email}</span>
      </Button>
    </li>
  );
}

/** Owners invite by e-mail and see the invitations not yet answered. */
export function InvitationsSection({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const invitations = useInvitations(organisationId, true);
  const createInvitation = useCreateInvitation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [revokedFor, setRevokedFor] = useState<string | null>(null);
  const pendingHeading = useRef<HTMLHeadingElement>(null);
  const form = useContractForm(CreateInvitationBody, {
    scope: 'invitation',
    defaultValues: { email: '', role: 'MEMBER' },
  });

  return (
    <section className="section">
      <h2 id="invitations-title">{t('organisation.invitations.title')}</h2>
      <h3 id="invite-title">{t('organisation.invitations.inviteTitle')}</h3>
      <ContractForm
        form={form}
        scope="invitation"
        labels={{ email: t('field.email'), role: t('field.role') }}
        errorFields={{ ALREADY_MEMBER: 'email', CONFLICT: 'email' }}
        submitLabel={t('organisation.invitations.submit')}
        onSubmit={async (values) => {
          setSentTo(null);
          const invitation = await createInvitation.mutateAsync({ ...values, organisationId });
          form.reset({ email: '', role: 'MEMBER' });
          setSentTo(invitation.email);
        }}
      >
        <TextField
          form={form}
          name="email"
          label={t('field.email')}
          type="email"
          spellCheck={false}
          autoComplete="off"
        />
        <SelectField
          form={form}
          name="role"
          label={t('field.role')}
          options={MEMBERSHIP_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
        />
      </ContractForm>
      <StatusMessage message={sentTo ? t('organisation.invitations.sent', { email: sentTo }) : null} />

      <h3 ref={pendingHeading} tabIndex={-1}>
        {t('organisation.invitations.pendingTitle')}
      </h3>
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <LoadError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <EmptyState>{t('organisation.invitations.empty')}</EmptyState>
      ) : (
        <ul className="list">
          {invitations.data.items.map((invitation) => (
            <InvitationItem
              key={invitation.id}
              organisationId={organisationId}
              invitation={invitation}
              onRevoked={() => {
                setRevokedFor(invitation.email);
                pendingHeading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <StatusMessage message={revokedFor ? t('organisation.invitations.revoked', { email: revokedFor }) : null} />
    </section>
  );
}
