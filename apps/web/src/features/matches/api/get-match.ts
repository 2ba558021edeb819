import { Match } from '@motesplats/contracts';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

export function getMatch(id: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/matches/${encodeURIComponent(id)}`, response: Match, signal });
}

export const matchQuery = (id: string) =>
  queryOptions({ queryKey: matchKeys.detail(id), queryFn: ({ signal }) => getMatch(id, signal) });

export function useMatch(id: string) {
  return useQuery(matchQuery(id));
}

/**
 * For pages where a match was opened elsewhere (a suggestion's button): its page shows at once
 * from the answer, and every list of matches is read again.
 */
export function useMatchOpened() {
  const queryClient = useQueryClient();
  return async (match: Match) => {
    queryClient.setQueryData(matchKeys.detail(match.id), match);
    await queryClient.invalidateQueries({ queryKey: matchKeys.lists });
  };
}
