import { ChallengeList, ListChallengesQuery } from '@motesplats/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { relatedKeys } from './query-keys';

/** One organisation's challenges; its members and curators also get the drafts. */
export function listOrganisationChallenges(query: ListChallengesQuery, signal?: AbortSignal) {
  return apiRequest({
    path: '/api/v1/challenges',
    query: { schema: ListChallengesQuery, value: query },
    response: ChallengeList,
    signal,
  });
}

export function useOrganisationChallenges(query: ListChallengesQuery, enabled = true) {
  return useQuery({
    queryKey: relatedKeys.challenges(query),
    queryFn: ({ signal }) => listOrganisationChallenges(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
