import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';

export function revokeApiToken(id: string) {
  return apiRequest({
    method: 'DELETE',
    path: `/api/v1/auth/tokens/${encodeURIComponent(id)}`,
    response: NoContent,
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
