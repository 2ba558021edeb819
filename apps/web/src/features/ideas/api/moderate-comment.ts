import { Idea, ModerateCommentBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

export function moderateComment(ideaId: string, commentId: string, body: ModerateCommentBody) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/ideas/${encodeURIComponent(ideaId)}/comments/${encodeURIComponent(commentId)}/moderate`,
    body: { schema: ModerateCommentBody, value: body },
    response: Idea,
  });
}

export function useModerateComment(ideaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commentId, ...body }: ModerateCommentBody & { commentId: string }) =>
      moderateComment(ideaId, commentId, body),
    onSuccess: (idea) => queryClient.setQueryData(ideaKeys.detail(idea.id), idea),
  });
}
