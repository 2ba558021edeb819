import { Match } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

export function getMatch(id: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/matches/${encodeURIComponent(id)}`, response: Match, signal });
}

export function useMatch(id: string) {
  return useQuery({ queryKey: matchKeys.detail(id), queryFn: ({ signal }) => getMatch(id, signal) });
}
