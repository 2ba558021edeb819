import { ListMatchesQuery, MatchList } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

export function listMatches(query: z.input<typeof ListMatchesQuery>, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/matches',
    query: { schema: ListMatchesQuery, value: query },
    response: MatchList,
    signal,
  });
}

export function useMatches(query: z.input<typeof ListMatchesQuery>, enabled = true) {
  return useQuery({
    queryKey: matchKeys.list(query),
    queryFn: ({ signal }) => listMatches(query, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
