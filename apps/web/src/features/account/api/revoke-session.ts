import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { sessionsQueryKey } from './list-sessions';

/** Signs one of the user's other sessions (another browser or device) out. */
export function revokeSession(id: string) {
  return apiRequest({
    method: 'DELETE',
    path: `/api/v1/auth/sessions/${encodeURIComponent(id)}`,
    response: NoContent,
  });
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
