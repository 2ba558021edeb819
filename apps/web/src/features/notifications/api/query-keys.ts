/**
 * Everything about the reader's notifications lives under this key; whatever marks some read
 * (the notifications page, opening a match) refreshes all of it, the bell included.
 */
export const notificationsKey = ['notifications'] as const;

export const unreadCountKey = [...notificationsKey, 'unread-count'] as const;

export const notificationListKey = (unread: boolean, page: number, pageSize: number) =>
  [...notificationsKey, 'list', { unread, page, pageSize }] as const;
