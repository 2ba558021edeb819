import { SuggestionList, SuggestionsQuery, type Locale } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { suggestionKeys } from './query-keys';

export type SuggestionSubject = 'challenges' | 'offerings';

/** Ranked offerings for a challenge, or ranked challenges for an offering, explained in `lang`. */
export function listSuggestions(
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

export function useSuggestions(
  subject: SuggestionSubject,
  id: string,
  options: { lang: Locale; includeWeak: boolean; enabled: boolean },
) {
  const { lang, includeWeak, enabled } = options;
  const query = { limit: 5, lang, ...(includeWeak ? { includeWeak: 'true' as const } : {}) };
  return useQuery({
    queryKey: suggestionKeys.of(subject, id, query),
    queryFn: ({ signal }) => listSuggestions(subject, id, query, signal),
    enabled,
    // A 403/404 means the reader may not see them: the panel then shows nothing, so asking again helps no one.
    retry: false,
  });
}
