import { NationalOverview } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Every cached read of the overview starts with 'overview'. */
export const nationalOverviewKeys = { all: ['national-overview'] as const };

export function getNationalOverview(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/national-overview', response: NationalOverview, signal });
}

export const nationalOverviewQuery = () =>
  queryOptions({ queryKey: nationalOverviewKeys.all, queryFn: ({ signal }) => getNationalOverview(signal) });

export function useNationalOverview() {
  return useQuery(nationalOverviewQuery());
}
