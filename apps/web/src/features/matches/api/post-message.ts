import { MatchMessage, PostMessageBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

export function postMessage(id: string, body: PostMessageBody) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/matches/${encodeURIComponent(id)}/messages`,
    body: { schema: PostMessageBody, value: body },
    response: MatchMessage,
  });
}

export function usePostMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostMessageBody) => postMessage(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.messages(id) }),
  });
}
