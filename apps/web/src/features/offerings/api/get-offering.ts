import { Offering } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { offeringKeys } from './query-keys';

export function getOffering(id: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/offerings/${encodeURIComponent(id)}`, response: Offering, signal });
}

export const offeringQuery = (id: string) =>
  queryOptions({ queryKey: offeringKeys.detail(id), queryFn: ({ signal }) => getOffering(id, signal) });

export function useOffering(id: string) {
  return useQuery(offeringQuery(id));
}
