import type { Method } from '@motesplats/contracts';
import type { DefaultValues } from 'react-hook-form';
import { useSearchParams } from 'react-router';
import { CreateItemPage } from '../../../components/marketplace/item-form-pages';
import { LoadError, Loading } from '../../../components/query-states';
import { useCreateChallenge } from '../../../features/challenges/api/create-challenge';
import { challengeKind } from '../../../features/challenges/challenge-kind';
import {
  ChallengeForm,
  NEW_CHALLENGE,
  type ChallengeFormInput,
} from '../../../features/challenges/components/challenge-form';
import { organisationLabsQuery } from '../../../features/labs/api/list-labs';
import { labKeys } from '../../../features/labs/api/query-keys';
import { useNameableMethods } from '../../../features/methods/api/list-methods';
import { useMethod } from '../../../features/methods/api/get-method';
import { useT, type Translate } from '../../../lib/i18n';
import { useInvalidate } from '../../../lib/query-effects';
import { methodKeys } from '../../../features/methods/api/query-keys';

/**
 * "Starta med den här metoden": a challenge prefilled from the method (a title to adjust, the
 * purpose and steps as its description, the method's first focus area and its target groups),
 * naming the method as the one it started from.
 */
function startedFrom(method: Method, t: Translate): DefaultValues<ChallengeFormInput> {
  const steps = method.steps.map((step, i) => `${i + 1}. ${step.title}: ${step.body}`).join('\n');
  return {
    title: t('methods.start.titleSuggestion', { name: method.name }),
    summary: method.summary.slice(0, 500),
    description: [method.purpose, t('methods.start.stepsHeading'), steps].join('\n\n').slice(0, 20_000),
    ...(method.focusAreas[0] ? { focusArea: method.focusAreas[0] } : {}),
    targetGroups: [...method.targetGroups],
    methodIds: [method.id],
    startedFromMethodId: method.id,
  };
}

export function CreateChallengePage() {
  const t = useT();
  const [params] = useSearchParams();
  const slug = params.get('method');
  const method = useMethod(slug ?? '', Boolean(slug));
  const methods = useNameableMethods();
  // A lab's page lists its challenges; a method's page lists the towns that started from it.
  const create = useCreateChallenge({ onSuccess: useInvalidate(labKeys.all, methodKeys.all) });
  if (slug && method.isPending) return <Loading />;
  if (slug && method.isError) return <LoadError error={method.error} onRetry={() => void method.refetch()} />;
  const from = slug ? method.data : undefined;
  return (
    <CreateItemPage
      kind={challengeKind}
      // "New challenge in the lab" on a lab's page names the lab.
      defaults={{ ...NEW_CHALLENGE, labId: params.get('labId'), ...(from ? startedFrom(from, t) : {}) }}
      create={create.mutateAsync}
      form={(props) => (
        <ChallengeForm
          {...props}
          labsQuery={organisationLabsQuery}
          methods={methods}
          startedFrom={from && { id: from.id, slug: from.slug, name: from.name }}
        />
      )}
    />
  );
}
