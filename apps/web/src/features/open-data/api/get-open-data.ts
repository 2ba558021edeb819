import { OpenDataCatalogue } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Every cached read of the open-data catalogue starts with 'open-data'. */
export const openDataKeys = { all: ['open-data'] as const };

export function getOpenDataCatalogue(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/open-data', response: OpenDataCatalogue, signal });
}

export const openDataCatalogueQuery = () =>
  queryOptions({ queryKey: openDataKeys.all, queryFn: ({ signal }) => getOpenDataCatalogue(signal) });

export function useOpenDataCatalogue() {
  return useQuery(openDataCatalogueQuery());
}
