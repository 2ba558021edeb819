import { PasswordResetBody } from '@motesplats/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest, NoContent } from '../../../lib/api-client';

export function resetPassword(body: z.input<typeof PasswordResetBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    body: { schema: PasswordResetBody, value: body },
    response: NoContent,
  });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
