import { useSearchParams } from 'react-router';
import { CreateItemPage } from '../../../components/marketplace/item-form-pages';
import { useCreateChallenge } from '../../../features/challenges/api/create-challenge';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { ChallengeForm, NEW_CHALLENGE } from '../../../features/challenges/components/challenge-form';
import { organisationLabsQuery } from '../../../features/labs/api/list-labs';
import { labKeys } from '../../../features/labs/api/query-keys';
import { useInvalidate } from '../../../lib/query-effects';

export function CreateChallengePage() {
  const [params] = useSearchParams();
  // A lab's page lists its challenges.
  const create = useCreateChallenge({ onSuccess: useInvalidate(labKeys.all) });
  return (
    <CreateItemPage
      kind={challengeKind}
      // "New challenge in the lab" on a lab's page names the lab.
      defaults={{ ...NEW_CHALLENGE, labId: params.get('labId') }}
      create={create.mutateAsync}
      form={(props) => <ChallengeForm {...props} labsQuery={organisationLabsQuery} />}
    />
  );
}
