import type { MatchSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { MatchStateBadge } from './match-state-badge';

export interface ItemMatchesListProps {
  /** The reader's matches with the page's challenge or offering. */
  matches: MatchSummary[];
  /** Which item of each pair to name: the page shows the other one. */
  shows: 'offering' | 'challenge';
  headingId: string;
}

/**
 * The reader's organisation's matches with the item on the page, each in its state, how it
 * began (an invitation, say), a completion waiting for confirmation, its outcome once
 * completed, and a link to it.
 */
export function ItemMatchesList({ matches, shows, headingId }: ItemMatchesListProps) {
  const t = useT();
  if (matches.length === 0) return null;
  return (
    <>
      <h3 id={headingId}>{t('itemMatches.existingTitle')}</h3>
      <ul className="item-matches" aria-labelledby={headingId}>
        {matches.map((match) => (
          <li key={match.id} className="item-match">
            <p>
              <MatchStateBadge state={match.state} />{' '}
              {t(shows === 'offering' ? 'itemMatches.with.challenges' : 'itemMatches.with.offerings', {
                title: match[shows].title,
              })}
            </p>
            <p className="meta">{t(`matchOrigin.${match.origin}`)}</p>
            {match.state === 'ACTIVE' && match.completionProposedBy && (
              <p className="meta">{t('itemMatches.waitingConfirmation')}</p>
            )}
            {match.state === 'COMPLETED' && match.outcomeSummary && (
              <p className="prose">
                <strong>{t('itemMatches.outcome')}:</strong> {match.outcomeSummary}
              </p>
            )}
            <p>
              <Link to={`/matches/${match.id}`}>
                {t('itemMatches.open')}
                <span className="visually-hidden">: {match[shows].title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
