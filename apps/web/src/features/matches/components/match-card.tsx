import type { MatchSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import { MatchStateBadge } from './match-state-badge';
import { MatchWaitingLine } from './match-waiting';

/** One match in a list or a board column: the pair, its organisations, its state, whom it waits for. */
export function MatchCard({ match, showState = true }: { match: MatchSummary; showState?: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <li className="match-card">
      <p className="match-card__title">
        <Link to={`/matches/${match.id}`}>
          {t('matches.pair', { challenge: match.challenge.title, offering: match.offering.title })}
        </Link>
      </p>
      <p className="meta">
        {match.challenge.organisation.name} · {match.offering.organisation.name}
      </p>
      <p className="meta">
        {showState && (
          <>
            <MatchStateBadge state={match.state} />{' '}
          </>
        )}
        <span className={`tag tag--${match.challenge.focusArea.toLowerCase()}`}>
          {t(`focusArea.${match.challenge.focusArea}`)}
        </span>{' '}
        {t('matches.updatedAt', { date: formatDate(match.updatedAt) })}
      </p>
      <MatchWaitingLine waiting={match.waiting} />
    </li>
  );
}
