import { LabList, ListLabsQuery } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { relatedKeys } from './query-keys';

/** One organisation's labs; its members and curators also get the unpublished ones. */
export function listOrganisationLabs(query: ListLabsQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/labs',
    query: { schema: ListLabsQuery, value: query },
    response: LabList,
    signal,
  });
}

export function useOrganisationLabs(query: ListLabsQuery, enabled = true) {
  return useQuery({
    queryKey: relatedKeys.labs(query),
    queryFn: ({ signal }) => listOrganisationLabs(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
