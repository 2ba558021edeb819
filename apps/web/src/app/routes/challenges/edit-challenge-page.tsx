import { useParams } from 'react-router';
import { EditItemPage } from '../../../components/marketplace/item-form-pages';
import { useChallenge } from '../../../features/challenges/api/get-challenge';
import { useUpdateChallenge } from '../../../features/challenges/api/update-challenge';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import { ChallengeForm, storedChallenge } from '../../../features/challenges/components/challenge-form';
import { organisationLabsQuery } from '../../../features/labs/api/list-labs';
import { labKeys } from '../../../features/labs/api/query-keys';
import { useNameableMethods } from '../../../features/methods/api/list-methods';
import { useInvalidate } from '../../../lib/query-effects';

export function EditChallengePage() {
  const { id = '' } = useParams();
  const challenge = useChallenge(id);
  // A lab's page lists its challenges.
  const update = useUpdateChallenge(id, { onSuccess: useInvalidate(labKeys.all) });
  const methods = useNameableMethods();
  return (
    <EditItemPage
      kind={challengeKind}
      query={challenge}
      update={update.mutateAsync}
      valuesOf={storedChallenge}
      form={(props) => <ChallengeForm {...props} labsQuery={organisationLabsQuery} methods={methods} />}
    />
  );
}
