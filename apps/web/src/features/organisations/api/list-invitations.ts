import { InvitationList } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationKeys } from './query-keys';

/** Pending invitations; owners only. */
export function listInvitations(organisationId: string, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/invitations`,
    response: InvitationList,
    signal,
  });
}

export function useInvitations(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.invitations(organisationId),
    queryFn: ({ signal }) => listInvitations(organisationId, signal),
    enabled,
  });
}
