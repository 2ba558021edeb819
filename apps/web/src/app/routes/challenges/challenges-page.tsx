import type { ListChallengesQuery } from '@motesplats/contracts';
import { itemFilters, ItemListPage, useItemSearch } from '../../../components/marketplace/item-list-page';
import { useChallenges } from '../../../features/challenges/api/list-challenges';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { ChallengeCard } from '../../../features/challenges/components/challenge-card';

const FILTERS = itemFilters(
  ['focusArea', 'targetGroup', 'municipality', 'region', 'supportType', 'status'],
  challengeKind.status,
);

export function ChallengesPage() {
  const { search, query } = useItemSearch<keyof typeof FILTERS, ListChallengesQuery>(FILTERS);
  return (
    <ItemListPage
      kind={challengeKind}
      search={search}
      list={useChallenges(query)}
      renderItem={(challenge) => <ChallengeCard challenge={challenge} />}
      legends={{ supportType: 'challenges.neededSupport' }}
    />
  );
}
