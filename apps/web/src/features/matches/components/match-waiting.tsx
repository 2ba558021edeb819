import { daysWaited, type MatchWaiting } from '@motesplats/contracts';
import { useT } from '../../../lib/i18n';

/** Whom the match waits for and how long, in words; nothing when it waits for nobody. */
export function MatchWaitingLine({ waiting, now = new Date() }: { waiting: MatchWaiting | null; now?: Date }) {
  const t = useT();
  if (!waiting) return null;
  const days = daysWaited(waiting, now);
  const text =
    waiting.mode === 'EITHER'
      ? t('matches.waiting.EITHER', { days })
      : t('matches.waiting.EACH', { days, sides: waiting.sides.length > 1 ? 'BOTH' : waiting.sides[0]! });
  return (
    <p className="meta match-waiting">
      <time dateTime={waiting.since}>{text}</time>
    </p>
  );
}
