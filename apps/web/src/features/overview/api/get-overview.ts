import { Overview } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Every cached read of the overview starts with 'overview'. */
export const overviewKeys = { all: ['overview'] as const };

export function getOverview(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/overview', response: Overview, signal });
}

export const overviewQuery = () =>
  queryOptions({ queryKey: overviewKeys.all, queryFn: ({ signal }) => getOverview(signal) });

export function useOverview() {
  return useQuery(overviewQuery());
}
