import { Lab } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { labKeys } from './query-keys';

export function getLab(id: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/labs/${encodeURIComponent(id)}`, response: Lab, signal });
}

export const labQuery = (id: string) =>
  queryOptions({ queryKey: labKeys.detail(id), queryFn: ({ signal }) => getLab(id, signal) });

export function useLab(id: string) {
  return useQuery(labQuery(id));
}
