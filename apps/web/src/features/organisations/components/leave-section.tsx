import { ConfirmButton } from '../../../components/confirm-button';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useT } from '../../../lib/i18n';
import { useRemoveMember } from '../api/remove-member';

export interface LeaveSectionProps {
  organisationId: string;
  organisationName: string;
  myUserId: string;
  onLeft: () => void;
}

export function LeaveSection({ organisationId, organisationName, myUserId, onLeft }: LeaveSectionProps) {
  const t = useT();
  const leave = useRemoveMember();
  return (
    <section className="section">
      <h2 id="leave-title">{t('organisation.leave.title')}</h2>
      <p>{t('organisation.leave.intro')}</p>
      {leave.isError && (
        <p className="field__error" role="alert">
          {t(apiErrorMessageKey(leave.error))}
        </p>
      )}
      <ConfirmButton
        question={t('organisation.leave.question', { name: organisationName })}
        confirmLabel={t('organisation.leave.confirm')}
        busy={leave.isPending}
        onConfirm={async () => {
          // mutateAsync, not mutate's callbacks: this section unmounts as soon as the reader has left.
          try {
            await leave.mutateAsync({ organisationId, userId: myUserId });
          } catch {
            return; // shown above from leave.error
          }
          onLeft();
        }}
      >
        {t('organisation.leave.button')}
      </ConfirmButton>
    </section>
  );
}
