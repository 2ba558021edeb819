import { ModerateBody, type ModerationAction } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

// The answer is not read: the detail is fetched again, so either a 200 with the item or a 204 works.
const Ignored = z.unknown();

/** Curators: take the offering off the public pages (unpublish) or put it back (restore), saying why, from the version they saw. */
export function moderateOffering(id: string, action: ModerationAction, body: ModerateBody) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/offerings/${encodeURIComponent(id)}/${action}`,
    body: { schema: ModerateBody, value: body },
    response: Ignored,
  });
}

export function useModerateOffering(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: ModerationAction; body: ModerateBody }) =>
      moderateOffering(id, action, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['offerings'] }),
  });
}
