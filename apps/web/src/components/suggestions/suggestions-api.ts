import {
  CreateMatchBody,
  CuratorSuggestionsQuery,
  Match,
  SuggestionList,
  SuggestionsQuery,
  type Locale,
} from '@motesplats/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../lib/api-client';

// The suggestions and the opening of a match are shared by the challenge and offering pages and
// the curators' match board (three features), so they live here rather than in one feature.

export type SuggestionSubject = 'challenges' | 'offerings';

/** Ranked offerings for a challenge, or ranked challenges for an offering, explained in `lang`. */
export function listSuggestionsFor(
  subject: SuggestionSubject,
  id: string,
  query: z.input<typeof SuggestionsQuery>,
  signal?: AbortSignal,
) {
  return apiRequest({
    path: `/api/v1/${subject}/${encodeURIComponent(id)}/suggestions`,
    query: { schema: SuggestionsQuery, value: query },
    response: SuggestionList,
    signal,
  });
}

export function useSuggestionsFor(subject: SuggestionSubject, id: string, lang: Locale, enabled: boolean) {
  const query = { limit: 5, lang };
  return useQuery({
    queryKey: ['suggestions', subject, id, query],
    queryFn: ({ signal }) => listSuggestionsFor(subject, id, query, signal),
    enabled,
    // A 403/404 means the reader may not see them: the panel then shows nothing, so asking again helps no one.
    retry: false,
  });
}

/** The curators' queue: the best unmatched pairs over all open challenges. */
export function listCuratorSuggestions(query: z.input<typeof CuratorSuggestionsQuery>, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/suggestions',
    query: { schema: CuratorSuggestionsQuery, value: query },
    response: SuggestionList,
    signal,
  });
}

export function useCuratorSuggestions(query: z.input<typeof CuratorSuggestionsQuery>, enabled = true) {
  return useQuery({
    queryKey: ['suggestions', 'queue', query],
    queryFn: ({ signal }) => listCuratorSuggestions(query, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Opens a match: a curator's proposal, an actor's interest or a company's invitation. */
export function createMatch(body: z.input<typeof CreateMatchBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/matches',
    body: { schema: CreateMatchBody, value: body },
    response: Match,
  });
}

export function useCreateMatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMatch,
    onSuccess: async (match) => {
      queryClient.setQueryData(['matches', match.id], match);
      // The pair now has a match, so it leaves every suggestion list.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['suggestions'] }),
        queryClient.invalidateQueries({ queryKey: ['matches', 'list'] }),
      ]);
    },
  });
}
