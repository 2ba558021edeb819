import type { OpeningAction, Suggestion, SuggestionBand } from '@motesplats/contracts';
import { Link } from 'react-router';
import { MethodLinks } from '../../../components/marketplace/method-links';
import { OrganisationName } from '../../../components/marketplace/organisation-name';
import { useT } from '../../../lib/i18n';
import type { OnMatchOpened } from '../api/open-match';
import { OpenMatchButton } from './open-match-button';
import { SuggestionScore } from './suggestion-score';
import './suggestions.css';

const BAND_TONE: Record<SuggestionBand, string> = { STRONG: 'success', POSSIBLE: 'info', WEAK: 'muted' };

export interface SuggestionItemProps {
  suggestion: Suggestion;
  /** What the reader looks for: offerings for a challenge, challenges for an offering, or whole pairs. */
  shows: 'offering' | 'challenge' | 'pair';
  /** The ways the reader may open a match for this pair (none: read only). */
  actions: readonly OpeningAction[];
  onMatchOpened?: OnMatchOpened;
}

/**
 * One suggested pair: what is suggested, its band, what speaks for it (one line) and against it,
 * the score, and the buttons.
 */
export function SuggestionItem({ suggestion, shows, actions, onMatchOpened }: SuggestionItemProps) {
  const t = useT();
  const { challenge, offering } = suggestion;
  const main =
    shows === 'offering'
      ? { to: `/offerings/${offering.id}`, title: offering.title, organisation: offering.organisation }
      : { to: `/challenges/${challenge.id}`, title: challenge.title, organisation: challenge.organisation };
  return (
    <li className={`suggestion suggestion--${suggestion.band.toLowerCase()}`}>
      <h3 className="suggestion__title">
        <Link to={main.to}>{main.title}</Link>
      </h3>
      <p className="meta">
        <OrganisationName organisation={main.organisation} link={false} />
        {shows !== 'offering' && challenge.hasAgreedPartner && (
          <>
            {' '}
            <span className="badge badge--info">{t('challenges.agreedPartner')}</span>
          </>
        )}
      </p>
      {shows === 'pair' && (
        <p className="suggestion__with">
          {t('suggestions.with')} <Link to={`/offerings/${offering.id}`}>{offering.title}</Link>
          {' · '}
          <OrganisationName organisation={offering.organisation} link={false} />
        </p>
      )}
      <p className="suggestion__band">
        <span className={`badge badge--${BAND_TONE[suggestion.band]}`}>{t(`suggestions.band.${suggestion.band}`)}</span>
        {suggestion.ranMethods.length > 0 && (
          <>
            {' '}
            <span className="badge badge--success">{t('methods.suggestions.ranMethod')}</span>
          </>
        )}
      </p>
      {suggestion.ranMethods.length > 0 && (
        <p className="suggestion__methods">
          {t('methods.suggestions.ranMethods')} <MethodLinks methods={suggestion.ranMethods} />
        </p>
      )}
      <p className="suggestion__explanation">{suggestion.explanation}</p>
      {suggestion.against.length > 0 && (
        <div className="suggestion__against">
          <p className="suggestion__against-title">{t('suggestions.against.title')}</p>
          <ul>
            {suggestion.against.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <SuggestionScore suggestion={suggestion} />
      {actions.length > 0 && (
        <div className="suggestion__actions">
          {actions.map((action) => (
            <OpenMatchButton
              key={action}
              action={action}
              challengeId={challenge.id}
              offeringId={offering.id}
              context={`${challenge.title} – ${offering.title}`}
              onOpened={onMatchOpened}
            />
          ))}
        </div>
      )}
    </li>
  );
}
