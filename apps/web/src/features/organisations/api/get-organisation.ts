import { Organisation } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationKeys } from './query-keys';

export function getOrganisation(id: string, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/organisations/${encodeURIComponent(id)}`,
    response: Organisation,
    signal,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.detail(id),
    queryFn: ({ signal }) => getOrganisation(id, signal),
  });
}
