import { MeetingFormOptions } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { meetingKeys } from './query-keys';

export function getMeetingOptions(labId: string, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/labs/${encodeURIComponent(labId)}/meeting-options`,
    response: MeetingFormOptions,
    signal,
  });
}

export function useMeetingOptions(labId: string) {
  return useQuery(
    queryOptions({ queryKey: meetingKeys.options(labId), queryFn: ({ signal }) => getMeetingOptions(labId, signal) }),
  );
}
