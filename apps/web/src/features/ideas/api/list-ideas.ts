import { IdeaList, ListIdeasQuery } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

export function listIdeas(query: z.input<typeof ListIdeasQuery>, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/ideas',
    query: { schema: ListIdeasQuery, value: query },
    response: IdeaList,
    signal,
  });
}

export const ideasQuery = (query: z.input<typeof ListIdeasQuery>) =>
  queryOptions({
    queryKey: ideaKeys.list(query),
    queryFn: ({ signal }) => listIdeas(query, signal),
    placeholderData: keepPreviousData,
  });

export function useIdeas(query: z.input<typeof ListIdeasQuery>, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...ideasQuery(query), enabled });
}
