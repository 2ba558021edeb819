import type { MatchState } from '@motesplats/contracts';
import type { Prisma } from '../generated/prisma/client';

/*
 * What counts as a confirmed completion, in one place: method evidence and the national
 * overview count only these. Today a COMPLETED match; when completion needs the other side's
 * confirmation, narrowing these two narrows every count.
 */

export const countsAsCompleted = (match: { state: MatchState }): boolean => match.state === 'COMPLETED';

export const confirmedCompletionWhere = { state: 'COMPLETED' } as const satisfies Prisma.MatchWhereInput;
