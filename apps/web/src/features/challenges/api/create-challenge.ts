import { Challenge, CreateChallengeBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import type { AfterChange } from '../../../lib/query-effects';
import { challengeKeys } from './query-keys';

export function createChallenge(body: z.input<typeof CreateChallengeBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/challenges',
    body: { schema: CreateChallengeBody, value: body },
    response: Challenge,
  });
}

/** `onSuccess` refreshes what other features show of challenges (a lab's page lists its own). */
export function useCreateChallenge({ onSuccess }: AfterChange = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChallenge,
    onSuccess: async (challenge) => {
      queryClient.setQueryData(challengeKeys.detail(challenge.id), challenge);
      await Promise.all([queryClient.invalidateQueries({ queryKey: challengeKeys.lists }), onSuccess?.()]);
    },
  });
}
