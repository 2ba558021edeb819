import { CreateInvitationBody, Invitation } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationKeys } from './query-keys';

/** Sends the invitation e-mail with its link (/invitations/<token>). */
export function createInvitation({ organisationId, ...body }: CreateInvitationBody & { organisationId: string }) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/invitations`,
    body: { schema: CreateInvitationBody, value: body },
    response: Invitation,
  });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (_invitation, { organisationId }) =>
      queryClient.invalidateQueries({ queryKey: organisationKeys.invitations(organisationId) }),
  });
}
