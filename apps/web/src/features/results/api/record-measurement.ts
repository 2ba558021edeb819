import { Indicator, RecordMeasurementBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { resultKeys } from './query-keys';

export function recordMeasurement(indicatorId: string, body: z.input<typeof RecordMeasurementBody>) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/indicators/${encodeURIComponent(indicatorId)}/measurements`,
    body: { schema: RecordMeasurementBody, value: body },
    response: Indicator,
  });
}

export function useRecordMeasurement(indicatorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof RecordMeasurementBody>) => recordMeasurement(indicatorId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultKeys.all }),
  });
}
