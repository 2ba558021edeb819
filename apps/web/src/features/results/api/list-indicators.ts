import { IndicatorList } from '@motesplats/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { resultKeys, type IndicatorOwner } from './query-keys';

export function listIndicators(owner: IndicatorOwner, signal?: AbortSignal) {
  return apiRequest({
    path: `/api/v1/${owner.kind}/${encodeURIComponent(owner.id)}/indicators`,
    response: IndicatorList,
    signal,
  });
}

export const indicatorsQuery = (owner: IndicatorOwner) =>
  queryOptions({ queryKey: resultKeys.of(owner), queryFn: ({ signal }) => listIndicators(owner, signal) });

export function useIndicators(owner: IndicatorOwner) {
  return useQuery(indicatorsQuery(owner));
}
