import { Me, RegisterBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

/** Creates the account and signs it in (201 with the new user). */
export function register(body: z.input<typeof RegisterBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/auth/register',
    body: { schema: RegisterBody, value: body },
    response: Me,
  });
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
