import { UnreadCount } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { unreadCountKey } from './query-keys';

/** How often the bell asks while the tab is open; a focused window asks at once. */
export const UNREAD_REFRESH_MS = 60_000;

export function getUnreadCount(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/notifications/unread-count', response: UnreadCount, signal });
}

export function useUnreadCount() {
  return useQuery({
    queryKey: unreadCountKey,
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: UNREAD_REFRESH_MS,
    // The app's default staleTime would skip a focus shortly after a read; news may have come.
    refetchOnWindowFocus: 'always',
  });
}
