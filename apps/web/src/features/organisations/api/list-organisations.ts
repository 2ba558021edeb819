import { ListOrganisationsQuery, OrganisationList } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationKeys } from './query-keys';

export function listOrganisations(query: ListOrganisationsQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/organisations',
    query: { schema: ListOrganisationsQuery, value: query },
    response: OrganisationList,
    signal,
  });
}

export const organisationsQuery = (query: ListOrganisationsQuery) =>
  queryOptions({
    queryKey: organisationKeys.list(query),
    queryFn: ({ signal }) => listOrganisations(query, signal),
    placeholderData: keepPreviousData,
  });

/** The register, searched and filtered. */
export function useOrganisations(query: ListOrganisationsQuery) {
  return useQuery(organisationsQuery(query));
}
