import { Method } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { methodKeys } from './query-keys';

export function getMethod(idOrSlug: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/methods/${encodeURIComponent(idOrSlug)}`, response: Method, signal });
}

export const methodQuery = (idOrSlug: string) =>
  queryOptions({ queryKey: methodKeys.detail(idOrSlug), queryFn: ({ signal }) => getMethod(idOrSlug, signal) });

export function useMethod(idOrSlug: string, enabled = true) {
  return useQuery({ ...methodQuery(idOrSlug), enabled });
}
