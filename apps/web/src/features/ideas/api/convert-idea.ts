import { ConvertedIdea, ConvertIdeaBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { AfterChange } from '../../../lib/query-effects';
import { ideaKeys } from './query-keys';

export function convertIdea(id: string, version: number) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/ideas/${encodeURIComponent(id)}/challenge`,
    body: { schema: ConvertIdeaBody, value: { version } },
    response: ConvertedIdea,
  });
}

/** `onSuccess` refreshes the challenges the page shows elsewhere (a new draft exists). */
export function useConvertIdea({ onSuccess }: AfterChange = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => convertIdea(id, version),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ideaKeys.all }), onSuccess?.()]);
    },
  });
}
