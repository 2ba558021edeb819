import { ListMethodsQuery, MethodList, type MethodRef } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { methodKeys } from './query-keys';

export function listMethods(query: ListMethodsQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/methods',
    query: { schema: ListMethodsQuery, value: query },
    response: MethodList,
    signal,
  });
}

export const methodsQuery = (query: ListMethodsQuery) =>
  queryOptions({ queryKey: methodKeys.list(query), queryFn: ({ signal }) => listMethods(query, signal) });

export function useMethods(query: ListMethodsQuery = {}) {
  return useQuery(methodsQuery(query));
}

/** The methods an item may name: the library's published ones (curators' lists hold drafts too). */
export function useNameableMethods(): MethodRef[] {
  const methods = useMethods();
  return (methods.data?.items ?? [])
    .filter((m) => m.status === 'PUBLISHED' && m.unpublishedAt === null)
    .map((m) => ({ id: m.id, slug: m.slug, name: m.name }));
}
