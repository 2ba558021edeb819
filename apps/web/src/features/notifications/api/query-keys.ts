import { notificationsQueryKey } from '../../../lib/query-client';

export const notificationsKey = notificationsQueryKey;

export const unreadCountKey = [...notificationsKey, 'unread-count'] as const;

export const notificationListKey = (unread: boolean, page: number, pageSize: number) =>
  [...notificationsKey, 'list', { unread, page, pageSize }] as const;
