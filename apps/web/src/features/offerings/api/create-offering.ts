import { CreateOfferingBody, Offering } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { offeringKeys } from './query-keys';

export function createOffering(body: z.input<typeof CreateOfferingBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/offerings',
    body: { schema: CreateOfferingBody, value: body },
    response: Offering,
  });
}

export function useCreateOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOffering,
    onSuccess: async (offering) => {
      queryClient.setQueryData(offeringKeys.detail(offering.id), offering);
      await queryClient.invalidateQueries({ queryKey: offeringKeys.lists });
    },
  });
}
