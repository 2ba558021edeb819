import { Match, TransitionMatchBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

/** Accept, decline, withdraw, start or complete; a stale `version` answers 409 VERSION_CONFLICT. */
export function transitionMatch(id: string, body: z.input<typeof TransitionMatchBody>) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/matches/${encodeURIComponent(id)}/transitions`,
    body: { schema: TransitionMatchBody, value: body },
    response: Match,
  });
}

export function useTransitionMatch(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof TransitionMatchBody>) => transitionMatch(id, body),
    onSuccess: async (match) => {
      queryClient.setQueryData(matchKeys.detail(id), match);
      // A finished or withdrawn match changes the board's columns (and a declined pair's
      // suggestions: the page that shows the actions refreshes those).
      await queryClient.invalidateQueries({ queryKey: matchKeys.lists });
    },
  });
}
