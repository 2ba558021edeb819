import { Challenge, UpdateChallengeBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import type { AfterChange } from '../../../lib/query-effects';
import { getChallenge } from './get-challenge';
import { challengeKeys } from './query-keys';

/** Edits and status changes alike; `version` makes a stale edit answer 409 VERSION_CONFLICT. */
export function updateChallenge(id: string, body: z.input<typeof UpdateChallengeBody>) {
  return apiRequest({
    method: 'PATCH',
    path: `/api/v1/challenges/${encodeURIComponent(id)}`,
    body: { schema: UpdateChallengeBody, value: body },
    response: Challenge,
  });
}

/** From a list, whose rows carry no version: publishes at the version read just now. */
export async function publishChallenge(id: string) {
  const { version } = await getChallenge(id);
  return updateChallenge(id, { status: 'OPEN', version });
}

/** `onSuccess` refreshes what other features show of challenges (a lab's page lists its own). */
export function useUpdateChallenge(id: string, { onSuccess }: AfterChange = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateChallengeBody>) => updateChallenge(id, body),
    onSuccess: async (challenge) => {
      queryClient.setQueryData(challengeKeys.detail(id), challenge);
      await Promise.all([queryClient.invalidateQueries({ queryKey: challengeKeys.lists }), onSuccess?.()]);
    },
  });
}
