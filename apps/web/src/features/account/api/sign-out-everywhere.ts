import { SignedOutEverywhere } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { apiTokensQueryKey } from './list-api-tokens';
import { sessionsQueryKey } from './list-sessions';

/** Ends every session but this one and revokes every API token. */
export function signOutEverywhere() {
  return apiRequest({ method: 'POST', path: '/api/v1/auth/sessions/end-others', response: SignedOutEverywhere });
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
      await queryClient.invalidateQueries({ queryKey: apiTokensQueryKey });
    },
  });
}
