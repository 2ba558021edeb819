import { DeleteAccountBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { apiRequest, NoContent } from '../../../lib/api-client';
import { withFlash } from '../../../lib/flash';
import { clearSession } from '../../../lib/session';

/** Where the whole account can be downloaded: a plain link, so the browser saves the file itself. */
export const ACCOUNT_EXPORT_PATH = '/api/v1/me/export';

export function deleteAccount(body: z.input<typeof DeleteAccountBody>) {
  return apiRequest({
    method: 'DELETE',
    path: '/api/v1/me',
    body: { schema: DeleteAccountBody, value: body },
    response: NoContent,
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: async () => {
      // Leave first: the account page needs a session and would send the reader to sign in.
      await navigate('/', { replace: true, state: withFlash('yourData.deleted') });
      clearSession(queryClient);
    },
  });
}
