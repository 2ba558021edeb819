import type { VerificationStatus } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

const TONE: Record<VerificationStatus, string> = {
  UNVERIFIED: 'badge--muted',
  PENDING: 'badge--warning',
  VERIFIED: 'badge--success',
  REJECTED: 'badge--error',
};

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const t = useT();
  return <span className={`badge ${TONE[status]}`}>{t(`verification.${status}`)}</span>;
}
