import { CreateMeetingBody, Meeting } from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { meetingKeys } from './query-keys';

export function createMeeting(labId: string, body: z.input<typeof CreateMeetingBody>) {
  return apiRequest({
    method: 'POST',
    path: `/api/v1/labs/${encodeURIComponent(labId)}/meetings`,
    body: { schema: CreateMeetingBody, value: body },
    response: Meeting,
  });
}

export function useCreateMeeting(labId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateMeetingBody>) => createMeeting(labId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.ofLab(labId) }),
  });
}
