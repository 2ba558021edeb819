import { Lab, UpdateLabBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { labKeys } from './query-keys';

/** Edits and status changes alike; `version` makes a stale edit answer 409 VERSION_CONFLICT. */
export function updateLab(id: string, body: z.input<typeof UpdateLabBody>) {
  return apiRequest({
    method: 'PATCH',
    path: `/api/v1/labs/${encodeURIComponent(id)}`,
    body: { schema: UpdateLabBody, value: body },
    response: Lab,
  });
}

export function useUpdateLab(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateLabBody>) => updateLab(id, body),
    onSuccess: async (lab) => {
      queryClient.setQueryData(labKeys.detail(id), lab);
      await queryClient.invalidateQueries({ queryKey: labKeys.lists });
    },
  });
}
