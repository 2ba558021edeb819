import { LabList, ListLabsQuery } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { labKeys } from './query-keys';

export function listLabs(query: ListLabsQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/labs',
    query: { schema: ListLabsQuery, value: query },
    response: LabList,
    signal,
  });
}

export function useLabs(query: ListLabsQuery) {
  return useQuery({
    queryKey: labKeys.list(query),
    queryFn: ({ signal }) => listLabs(query, signal),
    placeholderData: keepPreviousData,
  });
}
