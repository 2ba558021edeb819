import { ListOfferingsQuery, OfferingList } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { relatedKeys } from './query-keys';

/** One organisation's offerings; its members and curators also get the drafts. */
export function listOrganisationOfferings(query: ListOfferingsQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/offerings',
    query: { schema: ListOfferingsQuery, value: query },
    response: OfferingList,
    signal,
  });
}

export function useOrganisationOfferings(query: ListOfferingsQuery, enabled = true) {
  return useQuery({
    queryKey: relatedKeys.offerings(query),
    queryFn: ({ signal }) => listOrganisationOfferings(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
