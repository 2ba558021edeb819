import { EmailPreferences } from '@motesplats/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const emailPreferencesQueryKey = ['account', 'email-preferences'] as const;

export function getEmailPreferences(signal?: AbortSignal) {
  return apiRequest({ path: '/api/v1/notifications/preferences', response: EmailPreferences, signal });
}

export function useEmailPreferences() {
  return useQuery({ queryKey: emailPreferencesQueryKey, queryFn: ({ signal }) => getEmailPreferences(signal) });
}
