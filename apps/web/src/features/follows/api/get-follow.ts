import { FollowState, type FollowKind } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { followKeys } from './query-keys';

export const followPath = (kind: FollowKind, id: string) => `/api/v1/follows/${kind}/${encodeURIComponent(id)}`;

export function getFollow(kind: FollowKind, id: string, signal?: AbortSignal) {
  return apiRequest({ path: followPath(kind, id), response: FollowState, signal });
}

export function useFollow(kind: FollowKind, id: string, enabled: boolean) {
  return useQuery(
    queryOptions({ queryKey: followKeys.one(kind, id), queryFn: ({ signal }) => getFollow(kind, id, signal), enabled }),
  );
}
