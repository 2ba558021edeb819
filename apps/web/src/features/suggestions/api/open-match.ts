import { CreateMatchBody, Match } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { suggestionKeys } from './query-keys';

/** Opens a match: a curator's proposal, an actor's interest or a company's invitation. */
export function openMatch(body: z.input<typeof CreateMatchBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/matches',
    body: { schema: CreateMatchBody, value: body },
    response: Match,
  });
}

/** What the page does with a new match besides: the matches feature's lists and its page. */
export type OnMatchOpened = (match: Match) => unknown;

export function useOpenMatch(onOpened?: OnMatchOpened) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openMatch,
    // The pair now has a match, so it leaves every suggestion list.
    onSuccess: (match) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: suggestionKeys.all }), onOpened?.(match)]),
  });
}
