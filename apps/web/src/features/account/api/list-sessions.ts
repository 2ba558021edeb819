import { SessionList } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const sessionsQueryKey = ['account', 'sessions'] as const;

export function listSessions(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/auth/sessions', response: SessionList, signal });
}

export function useSessions() {
  return useQuery({ queryKey: sessionsQueryKey, queryFn: ({ signal }) => listSessions(signal) });
}
