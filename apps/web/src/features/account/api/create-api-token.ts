import { CreateApiTokenBody, CreatedApiToken } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';

/** The answer holds the token itself, which the server never shows again. */
export function createApiToken(body: z.input<typeof CreateApiTokenBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/auth/tokens',
    body: { schema: CreateApiTokenBody, value: body },
    response: CreatedApiToken,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
