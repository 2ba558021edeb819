import { Match, SetMethodsBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

/** Either party or a curator names the methods the collaboration uses (replacing the list). */
export function setMatchMethods(id: string, body: z.input<typeof SetMethodsBody>) {
  return apiRequest({
    method: 'PUT',
    path: `/api/v1/matches/${encodeURIComponent(id)}/methods`,
    body: { schema: SetMethodsBody, value: body },
    response: Match,
  });
}

export function useSetMatchMethods(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof SetMethodsBody>) => setMatchMethods(id, body),
    onSuccess: (match) => queryClient.setQueryData(matchKeys.detail(id), match),
  });
}
