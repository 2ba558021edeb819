import { OfferingList, ListOfferingsQuery } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { offeringKeys } from './query-keys';

export function listOfferings(query: ListOfferingsQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/offerings',
    query: { schema: ListOfferingsQuery, value: query },
    response: OfferingList,
    signal,
  });
}

export function useOfferings(query: ListOfferingsQuery) {
  return useQuery({
    queryKey: offeringKeys.list(query),
    queryFn: ({ signal }) => listOfferings(query, signal),
    // The old page stays while the next loads, so the filters do not vanish under the pointer.
    placeholderData: keepPreviousData,
  });
}
