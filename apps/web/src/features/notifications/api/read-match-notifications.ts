import { ReadAllNotificationsQuery } from '@motesplats/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { notificationsKey } from './query-keys';

export function readMatchNotifications(matchId: string) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/notifications/read-all',
    query: { schema: ReadAllNotificationsQuery, value: { matchId } },
    response: NoContent,
  });
}

/** Opening a match is reading what happened on it: its notifications stop counting as unread. */
export function useReadMatchNotifications(matchId: string, loaded: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!loaded) return;
    readMatchNotifications(matchId).then(
      () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
      // The bell merely stays as it was; the page itself is unaffected.
      () => undefined,
    );
  }, [matchId, loaded, queryClient]);
}
