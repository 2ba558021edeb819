import { Idea } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

export function getIdea(id: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/ideas/${encodeURIComponent(id)}`, response: Idea, signal });
}

export const ideaQuery = (id: string) =>
  queryOptions({ queryKey: ideaKeys.detail(id), queryFn: ({ signal }) => getIdea(id, signal) });

export function useIdea(id: string) {
  return useQuery(ideaQuery(id));
}
