import { AcceptInvitationBody, Me } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';

/** Joins the organisation; answers with the user, now with the new membership. */
export function acceptInvitation(body: AcceptInvitationBody) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/invitations/accept',
    body: { schema: AcceptInvitationBody, value: body },
    response: Me,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
