import { Idea, ModerateBody, PublishIdeaBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

/** Publish or decline a waiting idea; taking down and putting back go through the shared moderation hook. */
export type IdeaDecision = { action: 'publish'; version: number } | ({ action: 'decline' } & ModerateBody);

export function decideIdea(id: string, decision: IdeaDecision) {
  const path = `/api/v1/ideas/${encodeURIComponent(id)}/${decision.action}`;
  return decision.action === 'publish'
    ? apiRequest({
        method: 'POST',
        path,
        body: { schema: PublishIdeaBody, value: { version: decision.version } },
        response: Idea,
      })
    : apiRequest({
        method: 'POST',
        path,
        body: { schema: ModerateBody, value: { version: decision.version, reason: decision.reason } },
        response: Idea,
      });
}

export function useDecideIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...decision }: IdeaDecision & { id: string }) => decideIdea(id, decision as IdeaDecision),
    onSuccess: async (idea) => {
      queryClient.setQueryData(ideaKeys.detail(idea.id), idea);
      await queryClient.invalidateQueries({ queryKey: ideaKeys.lists });
    },
  });
}
