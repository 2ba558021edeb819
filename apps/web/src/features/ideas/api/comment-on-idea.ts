import { CreateCommentBody, Idea } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

export function commentOnIdea(id: string, body: CreateCommentBody) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/ideas/${encodeURIComponent(id)}/comments`,
    body: { schema: CreateCommentBody, value: body },
    response: Idea,
  });
}

export function useCommentOnIdea(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCommentBody) => commentOnIdea(id, body),
    onSuccess: (idea) => queryClient.setQueryData(ideaKeys.detail(idea.id), idea),
  });
}
