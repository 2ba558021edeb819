import { FailedJobList, FailedJobsQuery, RetriedJob } from '@motesplats/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

const failedJobsKey = ['failed-jobs'] as const;

export function listFailedJobs(page: number, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/admin/failed-jobs',
    query: { schema: FailedJobsQuery, value: { page } },
    response: FailedJobList,
    signal,
  });
}

export function useFailedJobs(page: number) {
  return useQuery({
    queryKey: [...failedJobsKey, page],
    queryFn: ({ signal }) => listFailedJobs(page, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRetryFailedJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest({
        method: 'POST',
        path: `/api/v1/admin/failed-jobs/${encodeURIComponent(id)}/retry`,
        response: RetriedJob,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: failedJobsKey }),
  });
}
