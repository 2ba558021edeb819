import { CreatedIdea, CreateIdeaBody } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { ideaKeys } from './query-keys';

export function sendIdea(body: z.input<typeof CreateIdeaBody>) {
  return apiRequest({
    method: 'POST',
    path: '/api/v1/ideas',
    body: { schema: CreateIdeaBody, value: body },
    response: CreatedIdea,
  });
}

export function useSendIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendIdea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ideaKeys.lists }),
  });
}
