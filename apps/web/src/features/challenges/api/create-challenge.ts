import { Challenge, CreateChallengeBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { challengeKeys } from './query-keys';

export function createChallenge(body: z.input<typeof CreateChallengeBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/challenges',
    body: { schema: CreateChallengeBody, value: body },
    response: Challenge,
  });
}

export function useCreateChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createChallenge,
    onSuccess: async (challenge) => {
      queryClient.setQueryData(challengeKeys.detail(challenge.id), challenge);
      // A lab's page lists its challenges.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['challenges', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['labs'] }),
      ]);
    },
  });
}
