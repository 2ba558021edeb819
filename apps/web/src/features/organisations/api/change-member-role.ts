import { ChangeRoleBody, Member, type MembershipRole } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { organisationKeys } from './query-keys';

export interface ChangeMemberRole {
  organisationId: string;
  userId: string;
  role: MembershipRole;
}

export function changeMemberRole({ organisationId, userId, role }: ChangeMemberRole) {
  return apiRequest({
    method: 'PATCH',
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(userId)}`,
    body: { schema: ChangeRoleBody, value: { role } },
    response: Member,
  });
}

export function useChangeMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeMemberRole,
    // An owner may step down: their own role, the organisation's myRole and the session change.
    onSuccess: (_member, { organisationId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.detail(organisationId) }),
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
      ]),
  });
}
