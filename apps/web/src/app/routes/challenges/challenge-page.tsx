import type { Challenge } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isPublic } from '../../../components/marketplace/item-kind';
import { ItemPage } from '../../../components/marketplace/item-page';
import { useChallenge } from '../../../features/challenges/api/get-challenge';
import { useUpdateChallenge } from '../../../features/challenges/api/update-challenge';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { ChallengeDetails } from '../../../features/challenges/components/challenge-details';
import { FollowButton } from '../../../features/follows/components/follow-button';
import { labKeys } from '../../../features/labs/api/query-keys';
import { useMatchOpened } from '../../../features/matches/api/get-match';
import { useMatches } from '../../../features/matches/api/list-matches';
import { ItemMatchesList } from '../../../features/matches/components/item-matches-list';
import { offeringsQuery } from '../../../features/offerings/api/list-offerings';
import { offeringKind } from '../../../features/offerings/offering-kind';
import { OpenMatchPanel } from '../../../features/suggestions/components/open-match-panel';
import { SuggestionsPanel } from '../../../features/suggestions/components/suggestions-panel';
import { useInvalidate } from '../../../lib/query-effects';
import { useMe } from '../../../lib/session';

export function ChallengePage() {
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  // A lab's page lists its challenges.
  const labsChanged = useInvalidate(labKeys.all);
  const update = useUpdateChallenge(id, { onSuccess: labsChanged });
  const matchOpened = useMatchOpened();
  return (
    <ItemPage kind={challengeKind} query={challenge} update={update} onModerated={labsChanged}>
      {(c) => (
        <>
          {/* Open, in progress or closed: not a draft or one taken down, which only insiders see. */}
          {c.status !== 'DRAFT' && c.unpublishedAt === null && <FollowButton kind="CHALLENGE" id={c.id} />}
          <ChallengeDetails challenge={c} />
          <ActorMatchesPanel challenge={c} />
          <SuggestionsPanel
            subject="challenges"
            item={c}
            active={isPublic(challengeKind, c)}
            onMatchOpened={matchOpened}
          />
        </>
      )}
    </ItemPage>
  );
}

/**
 * For a member of a local actor: their organisation's matches with this challenge, and, while
 * it is open, expressing interest with any of their published offerings (or a new one).
 */
function ActorMatchesPanel({ challenge }: { challenge: Challenge }) {
  const me = useMe();
  const matchOpened = useMatchOpened();
  const actor = me?.memberships.find(
    (m) => m.organisation.kind === offeringKind.creator && m.organisation.id !== challenge.organisation.id,
  )?.organisation;
  const canOpen =
    (challenge.status === 'OPEN' || challenge.status === 'IN_PROGRESS') && challenge.unpublishedAt === null;
  const matches = useMatches({ challengeId: challenge.id, pageSize: 100 }, Boolean(actor));
  const offerings = useQuery({
    ...offeringsQuery({ organisation: actor?.id, status: ['PUBLISHED'], page: 1, pageSize: 100 }),
    enabled: Boolean(actor) && canOpen,
  });
  if (!actor) return null;
  const mine = (matches.data?.items ?? []).filter((m) => m.offering.organisation.id === actor.id);
  const matched = new Set(mine.map((m) => m.offering.id));
  const choices =
    offerings.data && matches.data
      ? offerings.data.items.filter((o) => o.unpublishedAt === null && !matched.has(o.id))
      : undefined;
  const returnTo = `/challenges/${challenge.id}`;
  return (
    <OpenMatchPanel
      subject="challenges"
      itemId={challenge.id}
      canOpen={canOpen}
      choices={choices}
      createPath={`/offerings/new?organisationId=${actor.id}&returnTo=${encodeURIComponent(returnTo)}`}
      existing={<ItemMatchesList matches={mine} shows="offering" headingId="item-matches-existing" />}
      hasExisting={mine.length > 0}
      onMatchOpened={matchOpened}
    />
  );
}
