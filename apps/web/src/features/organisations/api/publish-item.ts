import {
  Challenge,
  CHALLENGE_TRANSITIONS,
  Offering,
  OFFERING_TRANSITIONS,
  UpdateChallengeBody,
  UpdateOfferingBody,
  type ChallengeStatus,
  type OfferingStatus,
} from '@motesplats/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The status that makes each kind public. */
export const PUBLIC_CHALLENGE_STATUS = 'OPEN' satisfies ChallengeStatus;
export const PUBLIC_OFFERING_STATUS = 'PUBLISHED' satisfies OfferingStatus;

/** Whether the contracts' state table lets an item in this status be published now. */
export function canPublishChallenge(status: ChallengeStatus): boolean {
  return CHALLENGE_TRANSITIONS[status].includes(PUBLIC_CHALLENGE_STATUS);
}

export function canPublishOffering(status: OfferingStatus): boolean {
  return OFFERING_TRANSITIONS[status].includes(PUBLIC_OFFERING_STATUS);
}

export type PublishTarget = { kind: 'challenge'; id: string } | { kind: 'offering'; id: string };

const PATHS = { challenge: '/api/v1/challenges', offering: '/api/v1/offerings' } as const;

/**
 * List rows carry no `version`, so the item is read first and published at the version read:
 * if someone changes it in between, the API answers 409 VERSION_CONFLICT and nothing changes.
 */
export async function publishItem(target: PublishTarget): Promise<{ title: string }> {
  const path = `${PATHS[target.kind]}/${encodeURIComponent(target.id)}`;
  if (target.kind === 'challenge') {
    const current = await apiRequest({ path, response: Challenge });
    return apiRequest({
      method: 'PATCH',
      path,
      body: { schema: UpdateChallengeBody, value: { status: PUBLIC_CHALLENGE_STATUS, version: current.version } },
      response: Challenge,
    });
  }
  const current = await apiRequest({ path, response: Offering });
  return apiRequest({
    method: 'PATCH',
    path,
    body: { schema: UpdateOfferingBody, value: { status: PUBLIC_OFFERING_STATUS, version: current.version } },
    response: Offering,
  });
}

export function usePublishItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishItem,
    // Whatever the outcome (a conflict included), the lists are read again to show the truth.
    onSettled: (_result, _error, target) =>
      queryClient.invalidateQueries({ queryKey: [target.kind === 'challenge' ? 'challenges' : 'offerings'] }),
  });
}
