import type { MethodRef } from '@motesplats/contracts';
import type { Prisma } from '../generated/prisma/client';
import { AppError } from './errors';

/*
 * Challenges, labs and matches name the methods they use (ChallengeMethod, LabMethod,
 * MatchMethod). They name only published methods; one helper checks the ids and one shape is
 * answered, so the three cannot drift apart.
 */

export const methodRefSelect = { id: true, slug: true, name: true } as const satisfies Prisma.MethodSelect;

/** Only a published method can be named; a draft or unpublished one reads as unknown. */
export const nameableMethodWhere = {
  status: 'PUBLISHED',
  unpublishedAt: null,
} as const satisfies Prisma.MethodWhereInput;

type Db = Pick<Prisma.TransactionClient, 'method'>;

/** 400 with the index of the first id that is no published method; nothing is written. */
export async function checkMethodIds(db: Db, ids: readonly string[], field = 'methodIds'): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.method.findMany({
    where: { id: { in: [...ids] }, ...nameableMethodWhere },
    select: { id: true },
  });
  const known = new Set(found.map((m) => m.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0) {
    throw new AppError('VALIDATION_FAILED', 'No such method in the library', {
      part: 'body',
      issues: [{ path: [field, unknown], message: 'No such method in the library', code: 'unknown_method' }],
    });
  }
}

/** Rows `{ method: { id, slug, name } }` in the order they were named, as references. */
export const toMethodRefs = (rows: readonly { method: MethodRef }[]): MethodRef[] =>
  rows.map((r) => ({ id: r.method.id, slug: r.method.slug, name: r.method.name }));

/** The include of a row's named methods, oldest first. */
export const namedMethodsInclude = {
  include: { method: { select: methodRefSelect } },
  orderBy: { createdAt: 'asc' },
} as const;
