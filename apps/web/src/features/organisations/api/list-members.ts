import { MemberList } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationKeys } from './query-keys';

/** Members and curators only; others get 403, so callers ask only when the reader may see. */
export function listMembers(organisationId: string, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/organisations/${encodeURIComponent(organisationId)}/members`,
    response: MemberList,
    signal,
  });
}

export function useMembers(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.members(organisationId),
    queryFn: ({ signal }) => listMembers(organisationId, signal),
    enabled,
  });
}
