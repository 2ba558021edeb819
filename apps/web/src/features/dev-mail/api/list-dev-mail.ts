import { StoredEmailList } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The mail the app "sent", newest first; only while no SMTP server is configured (else 404). */
export function listDevMail(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/dev/mail', response: StoredEmailList, signal });
}

export function useDevMail() {
  return useQuery({
    queryKey: ['dev-mail'],
    queryFn: ({ signal }) => listDevMail(signal),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}
