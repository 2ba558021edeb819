import { UNVERIFIED_INVITATION_LIMIT, type Organisation } from '@motesplats/contracts';
import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import './verification-notice.css';

/**
 * Tells an organisation's own members, on its pages, what waiting for verification (or having
 * been rejected) limits and what happens next. Shows nothing once it is verified.
 */
export function VerificationNotice({
  organisation,
}: {
  organisation: Pick<Organisation, 'verification' | 'rejectionReason'>;
}) {
  const t = useT();
  const id = useId();
  if (organisation.verification === 'VERIFIED') return null;
  const rejected = organisation.verification === 'REJECTED';
  return (
    <section
      className={`notice ${rejected ? 'notice--error' : 'notice--warning'}`}
      aria-labelledby={`${id}-title`}
      data-testid="verification-notice"
    >
      <h2 id={`${id}-title`} className="verification-notice__title">
        {t(rejected ? 'verificationNotice.REJECTED.title' : 'verificationNotice.PENDING.title')}
      </h2>
      {rejected ? (
        <>
          <p>{t('verificationNotice.REJECTED.limits')}</p>
          {organisation.rejectionReason && (
            <p>{t('verificationNotice.REJECTED.reason', { reason: organisation.rejectionReason })}</p>
          )}
          <p>{t('verificationNotice.REJECTED.next')}</p>
        </>
      ) : (
        <>
          <p>{t('verificationNotice.PENDING.limits', { limit: UNVERIFIED_INVITATION_LIMIT })}</p>
          <p>{t('verificationNotice.PENDING.next')}</p>
        </>
      )}
    </section>
  );
}
