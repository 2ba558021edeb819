import type { MatchState } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

const TONE: Record<MatchState, string> = {
  PROPOSED: 'badge--warning',
  AGREED: 'badge--info',
  ACTIVE: 'badge--info',
  COMPLETED: 'badge--success',
  DECLINED: 'badge--muted',
  WITHDRAWN: 'badge--muted',
};

export function MatchStateBadge({ state }: { state: MatchState }) {
  const t = useT();
  return <span className={`badge ${TONE[state]}`}>{t(`matchState.${state}`)}</span>;
}
