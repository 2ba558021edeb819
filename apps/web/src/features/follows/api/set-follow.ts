import { FollowState, type FollowKind } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { followPath } from './get-follow';
import { followKeys } from './query-keys';

export function setFollow(kind: FollowKind, id: string, following: boolean) {
  return apiRequest({ method: following ? 'PUT' : 'DELETE', path: followPath(kind, id), response: FollowState });
}

export function useSetFollow(kind: FollowKind, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (following: boolean) => setFollow(kind, id, following),
    onSuccess: (state) => queryClient.setQueryData(followKeys.one(kind, id), state),
  });
}
