import { MeetingList } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meetingKeys } from './query-keys';

export function listMeetings(labId: string, signal?: AbortSignal) {
  return apiRequest({ path: `/api/v1/labs/${encodeURIComponent(labId)}/meetings`, response: MeetingList, signal });
}

export const meetingsQuery = (labId: string) =>
  queryOptions({ queryKey: meetingKeys.ofLab(labId), queryFn: ({ signal }) => listMeetings(labId, signal) });

export function useMeetings(labId: string) {
  return useQuery(meetingsQuery(labId));
}
