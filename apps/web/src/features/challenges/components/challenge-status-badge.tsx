import type { ChallengeStatus } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

const TONE: Record<ChallengeStatus, string> = {
  DRAFT: 'badge--muted',
  OPEN: 'badge--success',
  IN_PROGRESS: 'badge--info',
  CLOSED: 'badge--muted',
};

export function ChallengeStatusBadge({ status }: { status: ChallengeStatus }) {
  const t = useT();
  return <span className={`badge ${TONE[status]}`}>{t(`challengeStatus.${status}`)}</span>;
}
