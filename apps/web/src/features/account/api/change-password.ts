import { ChangePasswordBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { sessionsQueryKey } from './list-sessions';

export function changePassword(body: z.input<typeof ChangePasswordBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/auth/password',
    body: { schema: ChangePasswordBody, value: body },
    response: NoContent,
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The server may end the other sessions when the password changes.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
