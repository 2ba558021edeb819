import { Challenge, ChallengeSummary, type MatchState } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { editTimes, publicationTimes, toContractShape } from '../../lib/contract-shape';
import { dateOnly } from '../../lib/dates';
import { namedMethodsInclude, toMethodRefs } from '../../lib/method-names';
import { organisationRef } from '../organisations/organisations.mappers';

/**
 * A partner is agreed once a match of the challenge is AGREED, and stays so while it is ACTIVE
 * and once COMPLETED ("Match_challengeId_offeringId_key" finds a challenge's matches).
 */
export const AGREED_PARTNER_STATES: MatchState[] = ['AGREED', 'ACTIVE', 'COMPLETED'];

/**
 * What the challenge mappers read: labs, suggestions and matches load challenges with this.
 * One agreed match is enough to know; loaded for the page's challenges by their ids (a relation
 * count would group every agreed match in the country first, docs/performance.md).
 */
export const challengeInclude = {
  organisation: organisationRef,
  lab: { select: { id: true, name: true, slug: true, neighbourhood: true } },
  matches: { where: { state: { in: AGREED_PARTNER_STATES } }, select: { id: true }, take: 1 },
} as const;

export type ChallengeRow = Prisma.ChallengeGetPayload<{ include: typeof challengeInclude }>;

/** A challenge's page also names the residents' ideas it came from (the idea pages link back). */
export const challengeDetailInclude = {
  ...challengeInclude,
  ideas: { where: { status: 'CONVERTED' }, select: { id: true, title: true }, orderBy: { createdAt: 'asc' } },
  methods: namedMethodsInclude,
} as const;

export type ChallengeDetailRow = Prisma.ChallengeGetPayload<{ include: typeof challengeDetailInclude }>;

export function toChallengeSummary(c: ChallengeRow): ChallengeSummary {
  return toContractShape(ChallengeSummary, c, {
    startsOn: dateOnly(c.startsOn),
    endsOn: dateOnly(c.endsOn),
    hasAgreedPartner: c.matches.length > 0,
    ...publicationTimes(c),
  });
}

export function toChallenge(c: ChallengeDetailRow, canEdit: boolean): Challenge {
  return toContractShape(Challenge, c, {
    ...toChallengeSummary(c),
    ...editTimes(c, canEdit),
    fromIdeas: c.ideas.map((idea) => ({ id: idea.id, title: idea.title })),
    methods: toMethodRefs(c.methods).map((ref, i) => ({ ...ref, startedFrom: c.methods[i]?.startedFrom ?? false })),
  });
}
