import { InvitationPreview } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** What an invitation link offers; 404 when it is unknown, expired or already used. */
export function getInvitation(token: string, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/invitations/${encodeURIComponent(token)}`,
    response: InvitationPreview,
    signal,
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitations', token],
    queryFn: ({ signal }) => getInvitation(token, signal),
  });
}
