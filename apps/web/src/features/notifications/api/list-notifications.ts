import { ListNotificationsQuery, NotificationList } from '@motesplats/contracts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '../../../lib/api-client';
import { notificationListKey, unreadCountKey } from './query-keys';

export interface NotificationListParams {
  unread: boolean;
  page: number;
  pageSize: number;
}

export function listNotifications({ unread, page, pageSize }: NotificationListParams, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/notifications',
    // Only "unread" narrows the list; leaving it out lists every notification.
    query: { schema: ListNotificationsQuery, value: { unread: unread ? 'true' : undefined, page, pageSize } },
    response: NotificationList,
    signal,
  });
}

export function useNotifications(params: NotificationListParams) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: notificationListKey(params.unread, params.page, params.pageSize),
    queryFn: ({ signal }) => listNotifications(params, signal),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: 'always',
  });
  // The list answers with the unread count too, so the bell never disagrees with the page.
  const unread = query.isPlaceholderData ? undefined : query.data?.unread;
  useEffect(() => {
    if (unread !== undefined) queryClient.setQueryData(unreadCountKey, { unread });
  }, [queryClient, unread]);
  return query;
}
