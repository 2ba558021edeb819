import { MatchMessageList, PageQuery } from '@motesplats/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { matchKeys } from './query-keys';

const PAGE_SIZE = 20;

export function listMessages(id: string, page: number, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/matches/${encodeURIComponent(id)}/messages`,
    query: { schema: PageQuery, value: { page, pageSize: PAGE_SIZE } },
    response: MatchMessageList,
    signal,
  });
}

/** The thread, newest page first; each further page is older. */
export function useMessages(id: string) {
  return useInfiniteQuery({
    queryKey: matchKeys.messages(id),
    queryFn: ({ pageParam, signal }) => listMessages(id, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}
