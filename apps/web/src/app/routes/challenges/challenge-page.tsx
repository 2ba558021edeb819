import { useParams } from 'react-router';
import { isPublic } from '../../../components/marketplace/item-kind';
import { ItemPage } from '../../../components/marketplace/item-page';
import { useChallenge } from '../../../features/challenges/api/get-challenge';
import { useUpdateChallenge } from '../../../features/challenges/api/update-challenge';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { ChallengeDetails } from '../../../features/challenges/components/challenge-details';
import { labKeys } from '../../../features/labs/api/query-keys';
import { useMatchOpened } from '../../../features/matches/api/get-match';
import { SuggestionsPanel } from '../../../features/suggestions/components/suggestions-panel';
import { useInvalidate } from '../../../lib/query-effects';

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
          <ChallengeDetails challenge={c} />
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
