import { WaitingOverview } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const overviewKey = ['overview'] as const;

export function getOverview(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/overview', response: WaitingOverview, signal });
}

/** What waits for the reader; read again whenever they come back to the tab. */
export function useOverview() {
  return useQuery({
    queryKey: overviewKey,
    queryFn: ({ signal }) => getOverview(signal),
    refetchOnWindowFocus: 'always',
  });
}
