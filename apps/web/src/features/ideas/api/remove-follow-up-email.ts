import { FollowUpBody, IdeaFollowUp } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

/** The sender takes back the e-mail address they gave; the link's secret is the authority. */
export function removeFollowUpEmail(token: string) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/ideas/follow-up/remove-email',
    body: { schema: FollowUpBody, value: { token } },
    response: IdeaFollowUp,
  });
}

export function useRemoveFollowUpEmail(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeFollowUpEmail(token),
    onSuccess: (followUp) => queryClient.setQueryData(ideaKeys.followUp(token), followUp),
  });
}
