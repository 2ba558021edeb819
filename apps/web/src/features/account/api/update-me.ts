import { Me, UpdateMeBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { storeSession } from '../../../lib/session';

export function updateMe(body: z.input<typeof UpdateMeBody>) {
  return apiRequest({
    method: 'PATCH',
    path: '/api/v1/auth/me',
    body: { schema: UpdateMeBody, value: body },
    response: Me,
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => storeSession(queryClient, me),
  });
}
