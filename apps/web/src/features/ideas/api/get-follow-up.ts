import { FollowUpBody, IdeaFollowUp } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

/** A read sent as POST: the link's secret travels in the body, never in an address a server logs. */
export function getFollowUp(token: string, signal?: AbortSignal) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/ideas/follow-up',
    body: { schema: FollowUpBody, value: { token } },
    response: IdeaFollowUp,
    signal,
  });
}

export const followUpQuery = (token: string) =>
  queryOptions({
    queryKey: ideaKeys.followUp(token),
    queryFn: ({ signal }) => getFollowUp(token, signal),
    retry: false,
  });

export function useFollowUp(token: string) {
  return useQuery({ ...followUpQuery(token), enabled: token.length > 0 });
}
