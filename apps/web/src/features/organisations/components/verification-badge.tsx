import type { VerificationStatus } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';
import '../organisations.css';

const TONE: Record<VerificationStatus, string> = {
  UNVERIFIED: 'badge--muted',
  PENDING: 'badge--warning',
  VERIFIED: 'badge--success',
  REJECTED: 'badge--error',
};

/** The check is decoration; the word is the badge's accessible name. */
function CheckIcon() {
  return (
    <svg className="badge__icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12">
      <path d="M6.2 11.6 2.6 8l1.2-1.2 2.4 2.4 6-6L13.4 4.4z" fill="currentColor" />
    </svg>
  );
}

/** The verification state in full, for the organisation's own page and the curators. */
export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const t = useT();
  return (
    <span className={`badge ${TONE[status]}`}>
      {status === 'VERIFIED' && <CheckIcon />}
      {t(`verification.${status}`)}
    </span>
  );
}

/** The verified mark shown beside an organisation's name; nothing for the unverified. */
export function VerifiedMark({ status }: { status: VerificationStatus }) {
  const t = useT();
  if (status !== 'VERIFIED') return null;
  return (
    <span className="badge badge--success" title={t('organisation.verifiedMark.title')}>
      <CheckIcon />
      {t('verification.VERIFIED')}
    </span>
  );
}
