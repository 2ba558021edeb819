import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { organisationKeys } from './query-keys';

export interface RemoveMember {
  organisationId: string;
  userId: string;
}

/** Removes another member (owners), or the reader themselves (leaving); 409 LAST_OWNER guards. */
export function removeMember({ organisationId, userId }: RemoveMember) {
  return apiRequest({
    method: 'DELETE',
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(userId)}`,
    response: NoContent,
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: (_nothing, { organisationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.detail(organisationId) }),
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
      ]),
  });
}
