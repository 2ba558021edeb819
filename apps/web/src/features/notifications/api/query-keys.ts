/** Everything under 'notifications' is read again after the reader marks something read. */
export const notificationsKey = ['notifications'] as const;

export const unreadCountKey = [...notificationsKey, 'unread-count'] as const;

export const notificationListKey = (unread: boolean, page: number, pageSize: number) =>
  [...notificationsKey, 'list', { unread, page, pageSize }] as const;
