import { RetentionPeriods } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { feedbackKeys } from './query-keys';

/** How long this server keeps personal data (its configuration), for the personal-data page. */
export function useRetentionPeriods() {
  return useQuery({
    queryKey: feedbackKeys.retention,
    queryFn: ({ signal }) => apiRequest({ path: '/api/v1/privacy/retention', response: RetentionPeriods, signal }),
    staleTime: Infinity,
  });
}
