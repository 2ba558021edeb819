import { LabList, ListLabsQuery } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
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

export const labsQuery = (query: ListLabsQuery) =>
  queryOptions({
    queryKey: labKeys.list(query),
    queryFn: ({ signal }) => listLabs(query, signal),
    placeholderData: keepPreviousData,
  });

/** All labs of one housing company (a company has a handful), e.g. to choose a challenge's lab. */
export const organisationLabsQuery = (organisationId: string) =>
  labsQuery({ organisation: organisationId, page: 1, pageSize: 100 });

export function useLabs(query: ListLabsQuery) {
  return useQuery(labsQuery(query));
}
