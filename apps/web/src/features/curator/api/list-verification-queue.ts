import { ListOrganisationsQuery, OrganisationList } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Organisations waiting for a curator's decision. */
export function listVerificationQueue(page: number, pageSize: number, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/organisations',
    query: { schema: ListOrganisationsQuery, value: { verification: ['PENDING'], page, pageSize } },
    response: OrganisationList,
    signal,
  });
}

// Under 'organisations', so that any change to an organisation refreshes the queue as well.
export const verificationQueueKey = (page: number, pageSize: number) =>
  ['organisations', 'verification-queue', { page, pageSize }] as const;

export function useVerificationQueue(page: number, pageSize: number) {
  return useQuery({
    queryKey: verificationQueueKey(page, pageSize),
    queryFn: ({ signal }) => listVerificationQueue(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
