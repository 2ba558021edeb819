import { LabList, ListLabsQuery } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

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
    queryKey: ['labs', 'list', query],
    queryFn: ({ signal }) => listLabs(query, signal),
    placeholderData: keepPreviousData,
  });
}
