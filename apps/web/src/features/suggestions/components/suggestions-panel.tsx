import type { Me, OpeningAction, OrganisationRef } from '@motesplats/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { isCurator, useMe } from '../../../lib/session';
import { useSuggestions, type SuggestionSubject } from '../api/list-suggestions';
import type { OnMatchOpened } from '../api/open-match';
import { ShowWeakToggle } from './show-weak-toggle';
import { SuggestionItem } from './suggestion-item';

const REFUSED = new Set([401, 403, 404]);

export interface SuggestionsPanelProps {
  subject: SuggestionSubject;
  /** The challenge or offering; its organisation's members see the suggestions as curators do. */
  item: { id: string; organisation: OrganisationRef };
  /** Suggestions are for an open challenge or a published offering only. */
  active: boolean;
  onMatchOpened?: OnMatchOpened;
}

/** Who may read an item's suggestions and its matches: curators and the item's own organisation. */
export function mayFollowMatches(me: Me | null | undefined, organisation: OrganisationRef): boolean {
  return isCurator(me) || Boolean(me?.memberships.some((m) => m.organisation.id === organisation.id));
}

/**
 * What the platform suggests for a challenge (offerings) or an offering (open challenges), with
 * the buttons the reader may use: curators propose, the housing company invites, the actor
 * expresses interest. Everyone else sees nothing, not even an error.
 */
export function SuggestionsPanel({ subject, item, active, onMatchOpened }: SuggestionsPanelProps) {
  const { t, locale } = useI18n();
  const me = useMe();
  const { id, organisation } = item;
  const allowed = active && mayFollowMatches(me, organisation);
  const [includeWeak, setIncludeWeak] = useState(false);
  const suggestions = useSuggestions(subject, id, { lang: locale, includeWeak, enabled: allowed });
  if (!allowed) return null;
  // A reader the API refuses (a membership just ended, say) sees nothing rather than an error.
  if (suggestions.isError && isApiError(suggestions.error) && REFUSED.has(suggestions.error.status)) return null;

  const member = Boolean(me?.memberships.some((m) => m.organisation.id === organisation.id));
  const actions: OpeningAction[] = [];
  // An organisation that waits for verification cannot open matches (the page's notice says why).
  const verified = organisation.verification === 'VERIFIED';
  if (isCurator(me) && verified) actions.push('PROPOSE');
  if (member && verified) actions.push(subject === 'challenges' ? 'INVITE' : 'EXPRESS_INTEREST');

  const headingId = `suggestions-${subject}-title`;
  const matchesLink = `/matches?${subject === 'challenges' ? 'challengeId' : 'offeringId'}=${encodeURIComponent(id)}`;
  return (
    <section className="section panel suggestions-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`suggestions.title.${subject}`)}</h2>
      <p>{t(`suggestions.intro.${subject}`)}</p>
      <p>
        <Link to={matchesLink}>{t(`suggestions.matchesLink.${subject}`)}</Link>
      </p>
      <ShowWeakToggle checked={includeWeak} onChange={setIncludeWeak} />
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.isError ? (
        <LoadError error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.items.length === 0 ? (
        <EmptyState>{t(includeWeak ? 'suggestions.empty' : 'suggestions.emptyStrong')}</EmptyState>
      ) : (
        <ol className="suggestions">
          {suggestions.data.items.map((suggestion) => (
            <SuggestionItem
              key={`${suggestion.challenge.id}:${suggestion.offering.id}`}
              suggestion={suggestion}
              shows={subject === 'challenges' ? 'offering' : 'challenge'}
              actions={actions}
              onMatchOpened={onMatchOpened}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
