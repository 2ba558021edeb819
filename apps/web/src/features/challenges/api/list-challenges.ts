import { ChallengeList, ListChallengesQuery } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { challengeKeys } from './query-keys';

export function listChallenges(query: ListChallengesQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/challenges',
    query: { schema: ListChallengesQuery, value: query },
    response: ChallengeList,
    signal,
  });
}

export const challengesQuery = (query: ListChallengesQuery) =>
  queryOptions({
    queryKey: challengeKeys.list(query),
    queryFn: ({ signal }) => listChallenges(query, signal),
    // The old page stays while the next loads, so the filters do not vanish under the pointer.
    placeholderData: keepPreviousData,
  });

export function useChallenges(query: ListChallengesQuery) {
  return useQuery(challengesQuery(query));
}
