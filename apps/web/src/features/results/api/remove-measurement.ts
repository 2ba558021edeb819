import { Indicator } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { resultKeys } from './query-keys';

export function removeMeasurement(indicatorId: string, measurementId: string) {
  return apiRequest({
    method: 'DELETE',
    path: `/api/v1/indicators/${encodeURIComponent(indicatorId)}/measurements/${encodeURIComponent(measurementId)}`,
    response: Indicator,
  });
}

export function useRemoveMeasurement(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (measurementId: string) => removeMeasurement(indicatorId, measurementId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultKeys.all }),
  });
}
