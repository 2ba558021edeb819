import { PageQuery, SessionList } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const sessionsQueryKey = ['account', 'sessions'] as const;

export function listSessions(page: number, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/auth/sessions',
    query: { schema: PageQuery, value: { page } },
    response: SessionList,
    signal,
  });
}

export function useSessions(page: number) {
  return useQuery({
    queryKey: [...sessionsQueryKey, page],
    queryFn: ({ signal }) => listSessions(page, signal),
    placeholderData: keepPreviousData,
  });
}
