import { ModerateBody } from '@motesplats/contracts';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api-client';
import type { ItemKindName } from './item-kind';

export type ModerationAction = 'unpublish' | 'restore';

/**
 * The kinds moderated through /api/v1/<name>/:id/unpublish and /restore: the published kinds,
 * residents' ideas and the library's methods (which have no organisation pages, so are no ItemKind).
 */
export type ModeratedKindName = ItemKindName | 'ideas' | 'methods';

// The answer is not read: the item is fetched again, so a 200 with the item or a 204 both do.
const Ignored = z.unknown();

export function moderateItem(
  kind: { name: ModeratedKindName },
  id: string,
  action: ModerationAction,
  body: ModerateBody,
) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/${kind.name}/${encodeURIComponent(id)}/${action}`,
    body: { schema: ModerateBody, value: body },
    response: Ignored,
  });
}

/**
 * Curators take an item off the public pages (unpublish) or put it back (restore). Every cached
 * read of the kind is refreshed; `onSuccess` refreshes what other features show of it.
 */
export function useModeration(
  kind: { name: ModeratedKindName; keys: { all: QueryKey } },
  { onSuccess }: { onSuccess?: () => unknown } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, ...body }: ModerateBody & { id: string; action: ModerationAction }) =>
      moderateItem(kind, id, action, body),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: kind.keys.all }), onSuccess?.()]);
    },
  });
}
