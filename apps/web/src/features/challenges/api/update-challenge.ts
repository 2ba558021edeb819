import { Challenge, UpdateChallengeBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
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

export function useUpdateChallenge(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateChallengeBody>) => updateChallenge(id, body),
    onSuccess: async (challenge) => {
      queryClient.setQueryData(challengeKeys.detail(id), challenge);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['challenges', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['labs'] }),
      ]);
    },
  });
}
