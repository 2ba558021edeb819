import { Match, UpdateMatchBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

/** Curators: their own note on a match. */
export function updateMatch(id: string, body: UpdateMatchBody) {
  return apiRequest({
    method: 'PATCH',
    path: `/api/v1/matches/${encodeURIComponent(id)}`,
    body: { schema: UpdateMatchBody, value: body },
    response: Match,
  });
}

export function useUpdateMatch(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMatchBody) => updateMatch(id, body),
    onSuccess: (match) => queryClient.setQueryData(matchKeys.detail(id), match),
  });
}
