import { DiaryPostList, ListDiaryQuery } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { diaryKeys } from './query-keys';

export function listDiary(labId: string, page: number, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/labs/${encodeURIComponent(labId)}/diary`,
    query: { schema: ListDiaryQuery, value: { page, pageSize: 10 } },
    response: DiaryPostList,
    signal,
  });
}

export const diaryQuery = (labId: string, page: number) =>
  queryOptions({
    queryKey: diaryKeys.page(labId, page),
    queryFn: ({ signal }) => listDiary(labId, page, signal),
    placeholderData: keepPreviousData,
  });

export function useDiary(labId: string, page: number) {
  return useQuery(diaryQuery(labId, page));
}

/** The lab's diary as an Atom feed, for feed readers. */
export const labDiaryFeedUrl = (labId: string) => `/api/v1/labs/${encodeURIComponent(labId)}/diary.atom`;
