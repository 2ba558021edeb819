import { itemFilters, ItemListPage } from '../../../components/marketplace/item-list-page';
import { challengesQuery } from '../../../features/challenges/api/list-challenges';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { ChallengeCard } from '../../../features/challenges/components/challenge-card';

const FILTERS = itemFilters(
  ['focusArea', 'targetGroup', 'municipality', 'region', 'supportType', 'status'],
  challengeKind.status,
);

export function ChallengesPage() {
  return (
    <ItemListPage
      kind={challengeKind}
      filters={FILTERS}
      listQuery={challengesQuery}
      renderItem={(challenge) => <ChallengeCard challenge={challenge} />}
      legends={{ supportType: 'challenges.neededSupport' }}
    />
  );
}
