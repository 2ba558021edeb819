import { FeedbackList, ListFeedbackQuery } from '@motesplats/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { feedbackKeys } from './query-keys';

export function listFeedback(query: z.input<typeof ListFeedbackQuery>, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/feedback',
    query: { schema: ListFeedbackQuery, value: query },
    response: FeedbackList,
    signal,
  });
}

export function useFeedbackList(query: z.input<typeof ListFeedbackQuery>, { enabled = true } = {}) {
  return useQuery({
    ...queryOptions({
      queryKey: feedbackKeys.list(query),
      queryFn: ({ signal }) => listFeedback(query, signal),
      placeholderData: keepPreviousData,
    }),
    enabled,
  });
}
