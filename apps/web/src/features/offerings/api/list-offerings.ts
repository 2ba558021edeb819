import { ListOfferingsQuery, OfferingList } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
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

export const offeringsQuery = (query: ListOfferingsQuery) =>
  queryOptions({
    queryKey: offeringKeys.list(query),
    queryFn: ({ signal }) => listOfferings(query, signal),
    placeholderData: keepPreviousData,
  });

export function useOfferings(query: ListOfferingsQuery) {
  return useQuery(offeringsQuery(query));
}
