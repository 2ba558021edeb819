import { ListMethodsQuery, MethodList } from '@motesplats/contracts';
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
