import { Challenge, ChallengeSummary } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { editTimes, publicationTimes, toContractShape } from '../../lib/contract-shape';
import { dateOnly } from '../../lib/dates';
import { organisationRef } from '../organisations/organisations.mappers';

/** What the challenge mappers read: labs, suggestions and matches load challenges with this. */
export const challengeInclude = {
  organisation: organisationRef,
  lab: { select: { id: true, name: true, slug: true, neighbourhood: true } },
} as const;

export type ChallengeRow = Prisma.ChallengeGetPayload<{ include: typeof challengeInclude }>;

export function toChallengeSummary(c: ChallengeRow): ChallengeSummary {
  return toContractShape(ChallengeSummary, c, {
    startsOn: dateOnly(c.startsOn),
    endsOn: dateOnly(c.endsOn),
    ...publicationTimes(c),
  });
}

export function toChallenge(c: ChallengeRow, canEdit: boolean): Challenge {
  return toContractShape(Challenge, c, { ...toChallengeSummary(c), ...editTimes(c, canEdit) });
}
