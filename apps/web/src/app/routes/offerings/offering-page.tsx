import type { Offering } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isPublic } from '../../../components/marketplace/item-kind';
import { ItemPage } from '../../../components/marketplace/item-page';
import { challengesQuery } from '../../../features/challenges/api/list-challenges';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { useMatchOpened } from '../../../features/matches/api/get-match';
import { useMatches } from '../../../features/matches/api/list-matches';
import { ItemMatchesList } from '../../../features/matches/components/item-matches-list';
import { useOffering } from '../../../features/offerings/api/get-offering';
import { useUpdateOffering } from '../../../features/offerings/api/update-offering';
import { OfferingDetails } from '../../../features/offerings/components/offering-details';
import { offeringKind } from '../../../features/offerings/offering-kind';
import { OpenMatchPanel } from '../../../features/suggestions/components/open-match-panel';
import { SuggestionsPanel } from '../../../features/suggestions/components/suggestions-panel';
import { useMe } from '../../../lib/session';

export function OfferingPage() {
  const { id = '' } = useParams();
  const offering = useOffering(id);
  const update = useUpdateOffering(id);
  const matchOpened = useMatchOpened();
  return (
    <ItemPage kind={offeringKind} query={offering} update={update}>
      {(o) => (
        <>
          <OfferingDetails offering={o} />
          <CompanyMatchesPanel offering={o} />
          <SuggestionsPanel
            subject="offerings"
            item={o}
            active={isPublic(offeringKind, o)}
            onMatchOpened={matchOpened}
          />
        </>
      )}
    </ItemPage>
  );
}

/**
 * For a member of a housing company: their company's matches with this offering, and, while
 * it is published, inviting it to any of their open challenges (or a new one).
 */
function CompanyMatchesPanel({ offering }: { offering: Offering }) {
  const me = useMe();
  const matchOpened = useMatchOpened();
  const company = me?.memberships.find(
    (m) => m.organisation.kind === challengeKind.creator && m.organisation.id !== offering.organisation.id,
  )?.organisation;
  const canOpen = isPublic(offeringKind, offering);
  const matches = useMatches({ offeringId: offering.id, pageSize: 100 }, Boolean(company));
  const challenges = useQuery({
    ...challengesQuery({ organisation: company?.id, status: ['OPEN', 'IN_PROGRESS'], page: 1, pageSize: 100 }),
    enabled: Boolean(company) && canOpen,
  });
  if (!company) return null;
  const mine = (matches.data?.items ?? []).filter((m) => m.challenge.organisation.id === company.id);
  const matched = new Set(mine.map((m) => m.challenge.id));
  const choices =
    challenges.data && matches.data
      ? challenges.data.items.filter((c) => c.unpublishedAt === null && !matched.has(c.id))
      : undefined;
  const returnTo = `/offerings/${offering.id}`;
  return (
    <OpenMatchPanel
      subject="offerings"
      itemId={offering.id}
      canOpen={canOpen}
      choices={choices}
      createPath={`/challenges/new?organisationId=${company.id}&returnTo=${encodeURIComponent(returnTo)}`}
      existing={<ItemMatchesList matches={mine} shows="challenge" headingId="item-matches-existing" />}
      hasExisting={mine.length > 0}
      onMatchOpened={matchOpened}
    />
  );
}
