import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

export function reportComment(ideaId: string, commentId: string) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/ideas/${encodeURIComponent(ideaId)}/comments/${encodeURIComponent(commentId)}/report`,
    response: NoContent,
  });
}

export function useReportComment(ideaId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (commentId: string) => reportComment(ideaId, commentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ideaKeys.detail(ideaId) }),
  });
}
