import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { notificationsKey } from './query-keys';

export function markAllNotificationsRead() {
  return apiRequest({ method: 'POST', path: '/api/v1/notifications/read-all', response: NoContent });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
