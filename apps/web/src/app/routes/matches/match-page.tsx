import type { Match, TransitionAction } from '@motesplats/contracts';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../../components/button';
import { ActionError } from '../../../components/marketplace/action-error';
import { VersionConflictNotice } from '../../../components/marketplace/edit-notices';
import { RecordLoadState } from '../../../components/marketplace/record-load-state';
import { MethodLinks } from '../../../components/marketplace/method-links';
import { isNotFound } from '../../../components/not-found';
import { usePageTitle } from '../../../components/page-title';
import { StatusMessage } from '../../../components/status-message';
import { useI18n, useT } from '../../../lib/i18n';
import { useInvalidate } from '../../../lib/query-effects';
import { isCurator, useMe } from '../../../lib/session';
import { useChallenge } from '../../../features/challenges/api/get-challenge';
import { useUpdateChallenge } from '../../../features/challenges/api/update-challenge';
import { useMatch } from '../../../features/matches/api/get-match';
import { useSetMatchMethods } from '../../../features/matches/api/set-match-methods';
import { CuratorNoteForm } from '../../../features/matches/components/curator-note-form';
import { MatchActions } from '../../../features/matches/components/match-actions';
import { MatchParties } from '../../../features/matches/components/match-parties';
import { MatchStateBadge } from '../../../features/matches/components/match-state-badge';
import { MatchThread } from '../../../features/matches/components/match-thread';
import { MatchTimeline } from '../../../features/matches/components/match-timeline';
import { useNameableMethods } from '../../../features/methods/api/list-methods';
import { methodKeys } from '../../../features/methods/api/query-keys';
import { MethodCaseForm } from '../../../features/methods/components/method-case-form';
import { NameMethodsForm } from '../../../features/methods/components/name-methods-form';
import { useReadMatchNotifications } from '../../../features/notifications/api/read-match-notifications';
import { suggestionKeys } from '../../../features/suggestions/api/query-keys';
import '../../../features/matches/matches.css';

export function MatchPage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const me = useMe();
  const match = useMatch(id);
  // A declined or withdrawn pair may be suggested again; a new one leaves the suggestions.
  const suggestionsChanged = useInvalidate(suggestionKeys.all);
  useReadMatchNotifications(id, match.isSuccess);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [noteStatus, setNoteStatus] = useState<string | null>(null);
  const stateHeading = useRef<HTMLHeadingElement>(null);
  const methods = useNameableMethods();
  const setMethods = useSetMatchMethods(id);
  // A method's page lists the confirmed matches that used it.
  const methodsChanged = useInvalidate(methodKeys.all);
  const notFound = {
    title: t('matches.notFound'),
    text: t('matches.notFoundText'),
    list: isCurator(me)
      ? { to: '/curator/matches', label: t('matches.backToBoard') }
      : { to: '/matches', label: t('matches.backToList') },
  };
  usePageTitle(
    match.data
      ? t('matches.pair', { challenge: match.data.challenge.title, offering: match.data.offering.title })
      : isNotFound(match.error)
        ? notFound.title
        : t('matches.detail.title'),
  );

  if (match.isPending || match.isError) {
    return <RecordLoadState title={t('matches.detail.title')} query={match} className="page" notFound={notFound} />;
  }
  const m = match.data;
  const curator = m.viewerParties.includes('CURATOR');

  const done = (text: string) => {
    setFailure(null);
    setStale(false);
    setMessage(text);
    // The buttons change with the state; focus goes to the state that was just changed.
    stateHeading.current?.focus();
  };
  const onStale = () => {
    setMessage(null);
    setStale(true);
  };

  return (
    <article className="page match-page">
      <p className="meta">
        <Link to={isCurator(me) ? '/curator/matches' : '/matches'}>
          {isCurator(me) ? t('matches.backToBoard') : t('matches.backToList')}
        </Link>
      </p>
      <h1>
        <span className="match-page__kicker">{t('matches.detail.title')}</span>
        {t('matches.pair', { challenge: m.challenge.title, offering: m.offering.title })}
      </h1>

      <section className="section match-state" aria-labelledby="state-title">
        <h2 id="state-title" ref={stateHeading} tabIndex={-1}>
          {t('matches.state.title')}
        </h2>
        <p>
          <MatchStateBadge state={m.state} /> <span className="meta">{t(`matchOrigin.${m.origin}`)}</span>
        </p>
        <StatusMessage message={message} />
        <ActionError error={failure} />
        {stale && (
          <VersionConflictNotice
            onReload={() => {
              setStale(false);
              void match.refetch().then(() => stateHeading.current?.focus());
            }}
          />
        )}
        {m.state === 'ACTIVE' && m.completionProposedBy && m.completionProposedAt && (
          <div className="notice completion-proposal">
            <h3>{t('matches.completion.title')}</h3>
            <p>
              {m.completionProposer
                ? t('matches.completion.proposed', {
                    name: m.completionProposer.formerMember ? t('common.formerMember') : m.completionProposer.name,
                    party: m.completionProposedBy,
                    date: formatDate(m.completionProposedAt),
                  })
                : t('matches.completion.proposedByParty', {
                    party: m.completionProposedBy,
                    date: formatDate(m.completionProposedAt),
                  })}{' '}
              {t('matches.completion.waitsFor', { party: m.completionProposedBy })}
            </p>
            {m.outcomeSummary && (
              <>
                <h4>{t('matches.completion.outcome')}</h4>
                <p className="prose">{m.outcomeSummary}</p>
              </>
            )}
          </div>
        )}
        {m.challengeStatusOffer && (
          <ChallengeStatusOffer
            challengeId={m.challenge.id}
            offer={m.challengeStatusOffer}
            onDone={(status) => {
              done(t(`matches.challengeOffer.done.${status}`));
              void match.refetch();
            }}
            onError={(error) => {
              setMessage(null);
              setFailure(error);
            }}
          />
        )}
        <MatchActions
          match={m}
          onDone={(action: TransitionAction) => {
            done(t(`matches.actions.done.${action}`));
            void suggestionsChanged();
          }}
          onStale={onStale}
          onError={(error) => {
            setMessage(null);
            setFailure(error);
          }}
        />
        <dl className="facts">
          <div>
            <dt>{t('matches.facts.origin')}</dt>
            <dd>{t(`matchOrigin.${m.origin}`)}</dd>
          </div>
          {m.proposedBy && (
            <div>
              <dt>{t('matches.facts.openedBy')}</dt>
              <dd>{m.proposedBy.formerMember ? t('common.formerMember') : m.proposedBy.name}</dd>
            </div>
          )}
          <div>
            <dt>{t('matches.facts.createdAt')}</dt>
            <dd>{formatDate(m.createdAt)}</dd>
          </div>
          {m.agreedAt && (
            <div>
              <dt>{t('matches.facts.agreedAt')}</dt>
              <dd>{formatDate(m.agreedAt)}</dd>
            </div>
          )}
          {m.startedAt && (
            <div>
              <dt>{t('matches.facts.startedAt')}</dt>
              <dd>{formatDate(m.startedAt)}</dd>
            </div>
          )}
          {m.completedAt && (
            <div>
              <dt>{t('matches.facts.completedAt')}</dt>
              <dd>{formatDate(m.completedAt)}</dd>
            </div>
          )}
          {m.closedAt && !m.completedAt && (
            <div>
              <dt>{t('matches.facts.closedAt')}</dt>
              <dd>{formatDate(m.closedAt)}</dd>
            </div>
          )}
        </dl>
        {m.state === 'COMPLETED' && m.outcomeSummary && (
          <>
            <h3>{t('matches.facts.outcome')}</h3>
            <p className="prose">{m.outcomeSummary}</p>
          </>
        )}
        {m.declineReason && (
          <>
            <h3>{t('matches.facts.declineReason')}</h3>
            <p className="prose">{m.declineReason}</p>
          </>
        )}
        {m.withdrawReason && (
          <>
            <h3>{t('matches.facts.withdrawReason')}</h3>
            <p className="prose">{m.withdrawReason}</p>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="parties-title">
        <h2 id="parties-title">{t('matches.parties.title')}</h2>
        <MatchParties match={m} />
        {m.note && (
          <>
            <h3>{t('matches.note')}</h3>
            <p className="prose">{m.note}</p>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="match-methods-title">
        <h2 id="match-methods-title">{t('methods.usedMethods')}</h2>
        {m.methods.length === 0 ? (
          <p className="meta">{t('methods.name.none')}</p>
        ) : (
          <p>
            <MethodLinks methods={m.methods} />
          </p>
        )}
        {m.canNameMethods && (
          <NameMethodsForm
            // Drawn anew when the saved list comes back, so the boxes show what is stored.
            key={m.methods.map((x) => x.id).join()}
            named={m.methods}
            methods={methods}
            onSave={async (methodIds) => {
              await setMethods.mutateAsync({ methodIds });
              await methodsChanged();
            }}
          />
        )}
      </section>

      {curator && m.state === 'COMPLETED' && <MethodCaseForm matchId={m.id} methods={methods} />}

      {curator && (
        <CuratorNoteForm
          // A note saved here or by another curator is shown afresh; other changes keep the text being typed.
          key={m.curatorNote ?? ''}
          match={m}
          status={noteStatus}
          onSaved={() => {
            setNoteStatus(t('matches.curatorNote.saved'));
            // The form is drawn anew with the saved note; focus stays in its section.
            requestAnimationFrame(() => document.getElementById('curator-note-title')?.focus());
          }}
          onStale={onStale}
        />
      )}

      <section className="section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('matches.timeline.title')}</h2>
        <MatchTimeline events={m.events} />
      </section>

      <MatchThread matchId={m.id} />
    </article>
  );
}

interface ChallengeStatusOfferProps {
  challengeId: string;
  offer: NonNullable<Match['challengeStatusOffer']>;
  onDone: (status: NonNullable<Match['challengeStatusOffer']>) => void;
  onError: (error: unknown) => void;
}

/**
 * The company is asked whether its challenge should follow the match (get going, or close);
 * nothing changes until it says so. The challenge's version is read when the offer shows.
 */
function ChallengeStatusOffer({ challengeId, offer, onDone, onError }: ChallengeStatusOfferProps) {
  const t = useT();
  const challenge = useChallenge(challengeId);
  const update = useUpdateChallenge(challengeId);
  return (
    <div className="notice challenge-offer">
      <p>{t(`matches.challengeOffer.${offer}`)}</p>
      <Button
        variant="secondary"
        busy={update.isPending}
        disabled={!challenge.data}
        onClick={() => {
          if (!challenge.data) return;
          update.mutate(
            { status: offer, version: challenge.data.version },
            { onSuccess: () => onDone(offer), onError },
          );
        }}
      >
        {t(`matches.challengeOffer.button.${offer}`)}
      </Button>
    </div>
  );
}
