import type { OfferingStatus } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

const TONE: Record<OfferingStatus, string> = {
  DRAFT: 'badge--muted',
  PUBLISHED: 'badge--success',
  ARCHIVED: 'badge--muted',
};

export function OfferingStatusBadge({ status }: { status: OfferingStatus }) {
  const t = useT();
  return <span className={`badge ${TONE[status]}`}>{t(`offeringStatus.${status}`)}</span>;
}
