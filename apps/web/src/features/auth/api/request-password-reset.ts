import { Accepted, PasswordResetRequestBody } from '@motesplats/contracts';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** 202 whether or not the address has an account, so the answer tells nobody who has one. */
export function requestPasswordReset(body: z.input<typeof PasswordResetRequestBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/auth/password-reset/request',
    body: { schema: PasswordResetRequestBody, value: body },
    response: Accepted,
  });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
