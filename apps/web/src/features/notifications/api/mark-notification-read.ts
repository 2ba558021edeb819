import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { notificationsKey } from './query-keys';

export function markNotificationRead(id: string) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/notifications/${encodeURIComponent(id)}/read`,
    response: NoContent,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    // Set on the mutation, not on mutate(): it still runs when the link has already left the page.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
