import { Offering, UpdateOfferingBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { getOffering } from './get-offering';
import { offeringKeys } from './query-keys';

/** Edits and status changes alike; `version` makes a stale edit answer 409 VERSION_CONFLICT. */
export function updateOffering(id: string, body: z.input<typeof UpdateOfferingBody>) {
  return apiRequest({
    method: 'PATCH',
    path: `/api/v1/offerings/${encodeURIComponent(id)}`,
    body: { schema: UpdateOfferingBody, value: body },
    response: Offering,
  });
}

/** A draft or an archived offering, from a list (its rows carry no version): at the version read just now. */
export async function publishOffering(id: string) {
  const { version } = await getOffering(id);
  return updateOffering(id, { status: 'PUBLISHED', version });
}

export function useUpdateOffering(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateOfferingBody>) => updateOffering(id, body),
    onSuccess: async (offering) => {
      queryClient.setQueryData(offeringKeys.detail(id), offering);
      await queryClient.invalidateQueries({ queryKey: offeringKeys.lists });
    },
  });
}
