import type { Member, MembershipRole, Organisation } from '@motesplats/contracts';
import { useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n } from '../../../lib/i18n';
import { useChangeMemberRole } from '../api/change-member-role';
import { useMembers } from '../api/list-members';
import { useRemoveMember } from '../api/remove-member';

interface MemberItemProps {
  organisationId: string;
  member: Member;
  isSelf: boolean;
  canManage: boolean;
  onRemoved: () => void;
}

function MemberItem({ organisationId, member, isSelf, canManage, onRemoved }: MemberItemProps) {
  const { t, formatDate } = useI18n();
  const changeRole = useChangeMemberRole();
  const remove = useRemoveMember();
  const otherRole: MembershipRole = member.role === 'OWNER' ? 'MEMBER' : 'OWNER';
  const error = changeRole.error ?? remove.error;
  return (
    <li className="list-item">
      <div className="list-item__main">
        <p className="list-item__title">
          {member.name}
          {isSelf && <span className="meta"> ({t('organisation.members.you')})</span>}
          <span className={member.role === 'OWNER' ? 'badge badge--info' : 'badge badge--muted'}>
            {t(`role.${member.role}`)}
          </span>
        </p>
        <p className="meta">
          {member.email} · {t('organisation.members.joined', { date: formatDate(member.joinedAt) })}
        </p>
        {error && (
          <p className="field__error" role="alert">
            {t(apiErrorMessageKey(error))}
          </p>
        )}
      </div>
      {canManage && (
        <div className="list-item__actions">
          <Button
            variant="secondary"
            busy={changeRole.isPending}
            onClick={() => {
              remove.reset();
              changeRole.mutate({ organisationId, userId: member.userId, role: otherRole });
            }}
          >
            {t(otherRole === 'OWNER' ? 'organisation.members.makeOwner' : 'organisation.members.makeMember')}
            <span className="visually-hidden"> {member.name}</span>
          </Button>
          {!isSelf && (
            <ConfirmButton
              context={member.name}
              question={t('organisation.members.removeQuestion', { name: member.name })}
              confirmLabel={t('organisation.members.removeConfirm')}
              busy={remove.isPending}
              onConfirm={() => {
                changeRole.reset();
                remove.mutateAsync({ organisationId, userId: member.userId }).then(onRemoved, () => undefined);
              }}
            >
              {t('organisation.members.remove')}
            </ConfirmButton>
          )}
        </div>
      )}
    </li>
  );
}

export interface MembersSectionProps {
  organisation: Organisation;
  myUserId: string | undefined;
}

/** Members see each other; owners also change roles and remove members. */
export function MembersSection({ organisation, myUserId }: MembersSectionProps) {
  const { t } = useI18n();
  const members = useMembers(organisation.id, true);
  const isOwner = organisation.myRole === 'OWNER';
  const heading = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <section className="section">
      <h2 id="members-title" ref={heading} tabIndex={-1}>
        {t('organisation.members.title')}
      </h2>
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <LoadError error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <EmptyState>{t('organisation.members.empty')}</EmptyState>
      ) : (
        <ul className="list">
          {members.data.items.map((member) => (
            <MemberItem
              key={member.userId}
              organisationId={organisation.id}
              member={member}
              isSelf={member.userId === myUserId}
              canManage={isOwner}
              onRemoved={() => {
                setRemoved(member.name);
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <StatusMessage message={removed ? t('organisation.members.removed', { name: removed }) : null} />
    </section>
  );
}
