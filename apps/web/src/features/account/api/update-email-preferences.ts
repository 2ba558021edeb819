import { EmailPreferences, UpdateEmailPreferencesBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { emailPreferencesQueryKey } from './get-email-preferences';

export function updateEmailPreferences(body: z.input<typeof UpdateEmailPreferencesBody>) {
  return apiRequest({
    method: 'PUT',
    path: '/api/v1/notifications/preferences',
    body: { schema: UpdateEmailPreferencesBody, value: body },
    response: EmailPreferences,
  });
}

export function useUpdateEmailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEmailPreferences,
    onSuccess: (preferences) => queryClient.setQueryData(emailPreferencesQueryKey, preferences),
  });
}
