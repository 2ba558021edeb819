import { LoginBody, Me } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

export function signIn(body: z.input<typeof LoginBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/auth/login',
    body: { schema: LoginBody, value: body },
    response: Me,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
