import type { MatchState } from '@motesplats/contracts';
import type { Prisma } from '../generated/prisma/client';

/*
 * What counts as a confirmed completion, in one place: method evidence and the national
 * overview count only these. A match is COMPLETED only once the other side (or a curator)
 * confirmed the completion one party proposed (decisions §25).
 */

export const countsAsCompleted = (match: { state: MatchState }): boolean => match.state === 'COMPLETED';

export const confirmedCompletionWhere = { state: 'COMPLETED' } as const satisfies Prisma.MatchWhereInput;
