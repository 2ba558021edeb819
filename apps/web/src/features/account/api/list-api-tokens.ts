import { ApiTokenList, PageQuery } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const apiTokensQueryKey = ['account', 'api-tokens'] as const;

export function listApiTokens(page: number, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/auth/tokens',
    query: { schema: PageQuery, value: { page } },
    response: ApiTokenList,
    signal,
  });
}

export function useApiTokens(page: number) {
  return useQuery({
    queryKey: [...apiTokensQueryKey, page],
    queryFn: ({ signal }) => listApiTokens(page, signal),
    placeholderData: keepPreviousData,
  });
}
