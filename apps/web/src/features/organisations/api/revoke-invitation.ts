import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { organisationKeys } from './query-keys';

export interface RevokeInvitation {
  organisationId: string;
  invitationId: string;
}

export function revokeInvitation({ organisationId, invitationId }: RevokeInvitation) {
  return apiRequest({
    method: 'DELETE',
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/invitations/${encodeURIComponent(invitationId)}`,
    response: NoContent,
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: (_nothing, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: organisationKeys.invitations(organisationId) }),
  });
}
