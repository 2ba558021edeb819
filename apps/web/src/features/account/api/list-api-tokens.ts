import { ApiTokenList } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const apiTokensQueryKey = ['account', 'api-tokens'] as const;

export function listApiTokens(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/auth/tokens', response: ApiTokenList, signal });
}

export function useApiTokens() {
  return useQuery({ queryKey: apiTokensQueryKey, queryFn: ({ signal }) => listApiTokens(signal) });
}
