import { ListOrganisationsQuery, OrganisationList } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Fewer letters match too much of the register to be worth a request. */
export const PARTNER_SEARCH_MIN_LENGTH = 2;
const PARTNER_SEARCH_PAGE_SIZE = 8;

export function searchPartnerOrganisations(q: string, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/organisations',
    query: { schema: ListOrganisationsQuery, value: { q, pageSize: PARTNER_SEARCH_PAGE_SIZE } },
    response: OrganisationList,
    signal,
  });
}

export function usePartnerOrganisationSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['organisations', 'partner-search', query] as const,
    queryFn: ({ signal }) => searchPartnerOrganisations(query, signal),
    enabled: query.length >= PARTNER_SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
}
