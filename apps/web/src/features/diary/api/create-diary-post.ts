import { CreateDiaryPostBody, DiaryPost } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { diaryKeys } from './query-keys';

export function createDiaryPost(labId: string, body: z.input<typeof CreateDiaryPostBody>) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/labs/${encodeURIComponent(labId)}/diary`,
    body: { schema: CreateDiaryPostBody, value: body },
    response: DiaryPost,
  });
}

export function useCreateDiaryPost(labId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateDiaryPostBody>) => createDiaryPost(labId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: diaryKeys.ofLab(labId) }),
  });
}
