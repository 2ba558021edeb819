import { SendFeedbackBody, SentFeedback } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { feedbackKeys } from './query-keys';

export function sendFeedback(body: z.input<typeof SendFeedbackBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/feedback',
    body: { schema: SendFeedbackBody, value: body },
    response: SentFeedback,
  });
}

export function useSendFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendFeedback,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.all }),
  });
}
