import { CuratorSuggestionsQuery, SuggestionList } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { suggestionKeys } from './query-keys';

/** The curators' queue: the best unmatched pairs over all open challenges. */
export function listCuratorSuggestions(query: z.input<typeof CuratorSuggestionsQuery>, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/suggestions',
    query: { schema: CuratorSuggestionsQuery, value: query },
    response: SuggestionList,
    signal,
  });
}

export function useCuratorSuggestions(query: z.input<typeof CuratorSuggestionsQuery>) {
  return useQuery({
    queryKey: suggestionKeys.queue(query),
    queryFn: ({ signal }) => listCuratorSuggestions(query, signal),
    placeholderData: keepPreviousData,
  });
}
