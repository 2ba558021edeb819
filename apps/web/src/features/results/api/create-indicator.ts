import { CreateIndicatorBody, Indicator } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { resultKeys, type IndicatorOwner } from './query-keys';

export function createIndicator(owner: IndicatorOwner, body: z.input<typeof CreateIndicatorBody>) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/${owner.kind}/${encodeURIComponent(owner.id)}/indicators`,
    body: { schema: CreateIndicatorBody, value: body },
    response: Indicator,
  });
}

export function useCreateIndicator(owner: IndicatorOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateIndicatorBody>) => createIndicator(owner, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resultKeys.of(owner) }),
  });
}
