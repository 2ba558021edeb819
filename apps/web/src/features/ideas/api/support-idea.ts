import { SupportResult } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

export function supportIdea(id: string) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/ideas/${encodeURIComponent(id)}/support`,
    response: SupportResult,
  });
}

export function useSupportIdea(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => supportIdea(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ideaKeys.all }),
  });
}
