import { CreateLabBody, Lab } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { labKeys } from './query-keys';

export function createLab(body: z.input<typeof CreateLabBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/labs',
    body: { schema: CreateLabBody, value: body },
    response: Lab,
  });
}

export function useCreateLab() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLab,
    onSuccess: async (lab) => {
      queryClient.setQueryData(labKeys.detail(lab.id), lab);
      await queryClient.invalidateQueries({ queryKey: labKeys.lists });
    },
  });
}
