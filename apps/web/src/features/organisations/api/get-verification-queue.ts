import { VerificationQueue, VerificationQueueQuery } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationKeys } from './query-keys';

export function getVerificationQueue(query: VerificationQueueQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/organisations/verification-queue',
    query: { schema: VerificationQueueQuery, value: query },
    response: VerificationQueue,
    signal,
  });
}

export const verificationQueueQuery = (query: VerificationQueueQuery) =>
  queryOptions({
    queryKey: organisationKeys.verificationQueue(query),
    queryFn: ({ signal }) => getVerificationQueue(query, signal),
    placeholderData: keepPreviousData,
  });

/** Curators' queue: who waits for verification, with the number's check, members and drafts. */
export function useVerificationQueue(query: VerificationQueueQuery) {
  return useQuery(verificationQueueQuery(query));
}
