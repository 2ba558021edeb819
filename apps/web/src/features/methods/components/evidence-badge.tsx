import type { EvidenceLevel } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

const TONE: Record<EvidenceLevel, string> = {
  DESCRIBED: 'muted',
  TRIED: 'info',
  TRIED_WITH_RESULTS: 'success',
};

/** The evidence level a method has earned from its uses. */
export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  const t = useT();
  return <span className={`badge badge--${TONE[level]}`}>{t(`methods.evidence.${level}`)}</span>;
}
