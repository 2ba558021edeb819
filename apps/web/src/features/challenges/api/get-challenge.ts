import { Challenge } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { challengeKeys } from './query-keys';

export function getChallenge(id: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/challenges/${encodeURIComponent(id)}`, response: Challenge, signal });
}

export const challengeQuery = (id: string) =>
  queryOptions({ queryKey: challengeKeys.detail(id), queryFn: ({ signal }) => getChallenge(id, signal) });

export function useChallenge(id: string) {
  return useQuery(challengeQuery(id));
}
