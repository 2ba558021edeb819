import type { LabStatus } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

const TONE: Record<LabStatus, string> = {
  PLANNING: 'badge--warning',
  ACTIVE: 'badge--success',
  COMPLETED: 'badge--muted',
};

export function LabStatusBadge({ status }: { status: LabStatus }) {
  const t = useT();
  return <span className={`badge ${TONE[status]}`}>{t(`labStatus.${status}`)}</span>;
}
