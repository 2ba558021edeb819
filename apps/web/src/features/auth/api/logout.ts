import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest, isApiError, NoContent } from '../../../lib/api-client';
import { withFlash } from '../../../lib/flash';
import { clearSession } from '../../../lib/session';

export async function signOut(): Promise<void> {
  try {
    await apiRequest({ method: 'POST', path: '/api/v1/auth/logout', response: NoContent });
  } catch (error) {
    // Already signed out (expired, or another tab): the outcome the reader wanted.
    if (!isApiError(error, 'UNAUTHENTICATED')) throw error;
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      // Leave first: a page that needs a session would otherwise send the reader to sign in.
      await navigate('/', { state: withFlash('auth.signedOut') });
      clearSession(queryClient);
    },
  });
}
