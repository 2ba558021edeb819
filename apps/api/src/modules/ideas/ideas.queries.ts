import { PUBLIC_IDEA_STATUSES, type ListIdeasQuery } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import type { Viewer } from '../../lib/actor';
import { SEARCH_CONFIG } from '../../lib/search-query';

/**
 * The ideas a viewer may see: published and converted ones for everyone; every status for
 * curators, and for members of a lab's housing company in that lab, when they ask by status. Full text through
 * "Idea_search_idx" (GIN over the generated tsvector), filters through "Idea_labId_status_idx".
 */
export async function searchIdeas(
  prisma: PrismaClient,
  viewer: Viewer,
  query: ListIdeasQuery,
): Promise<{ ids: string[]; total: number }> {
  const publicStatuses = Prisma.sql`i."status" = ANY(${[...PUBLIC_IDEA_STATUSES]}::"IdeaStatus"[])`;
  const visible = viewer.curator
    ? Prisma.sql`TRUE`
    : viewer.organisationIds.length === 0
      ? publicStatuses
      : Prisma.sql`(${publicStatuses} OR l."organisationId" = ANY(${[...viewer.organisationIds]}::uuid[]))`;
  const conditions: Prisma.Sql[] = [visible];
  if (query.lab) conditions.push(Prisma.sql`i."labId" = ${query.lab}::uuid`);
  if (query.focusArea?.length) conditions.push(Prisma.sql`i."focusArea" = ANY(${query.focusArea}::"FocusArea"[])`);
  // Without a status filter a list shows what the public sees, to moderators too: the ideas
  // waiting for them are asked for by status (the moderation queue).
  const statuses = query.status?.length ? query.status : PUBLIC_IDEA_STATUSES;
  conditions.push(Prisma.sql`i."status" = ANY(${[...statuses]}::"IdeaStatus"[])`);
  if (query.q) conditions.push(Prisma.sql`i."search" @@ websearch_to_tsquery(${SEARCH_CONFIG}, ${query.q})`);
  const where = Prisma.join(conditions, ' AND ');
  const offset = (query.page - 1) * query.pageSize;
  // The moderation queue asks for PENDING and reads oldest first; everyone else newest first.
  const order = query.status?.length === 1 && query.status[0] === 'PENDING' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await prisma.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT i."id", count(*) OVER () AS total
    FROM "Idea" i JOIN "Lab" l ON l."id" = i."labId"
    WHERE ${where}
    ORDER BY i."createdAt" ${order}, i."id"
    LIMIT ${query.pageSize} OFFSET ${offset}`;
  if (rows.length > 0 || offset === 0) return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
  // A page past the end: still tell how many there are.
  const [count] = await prisma.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "Idea" i JOIN "Lab" l ON l."id" = i."labId" WHERE ${where}`;
  return { ids: [], total: Number(count?.total ?? 0) };
}

/**
 * Adds one support, or nothing when this account or browser already supports the idea: the
 * unique constraints on (ideaId, userId) and (ideaId, anonymousKey) decide between concurrent
 * supports, and the "IdeaSupport_count" trigger counts the row in the same statement.
 */
export async function insertSupport(
  db: Pick<Prisma.TransactionClient, '$executeRaw'>,
  ideaId: string,
  supporter: { userId: string } | { anonymousKey: string },
): Promise<boolean> {
  const inserted =
    'userId' in supporter
      ? await db.$executeRaw`
          INSERT INTO "IdeaSupport" ("ideaId", "userId") VALUES (${ideaId}::uuid, ${supporter.userId}::uuid)
          ON CONFLICT ("ideaId", "userId") DO NOTHING`
      : await db.$executeRaw`
          INSERT INTO "IdeaSupport" ("ideaId", "anonymousKey") VALUES (${ideaId}::uuid, ${supporter.anonymousKey})
          ON CONFLICT ("ideaId", "anonymousKey") DO NOTHING`;
  return inserted === 1;
}

/**
 * Converted ideas whose path has ended get their closedAt: the challenge is closed, or it had
 * matches and every one of them ended (completed, declined or withdrawn).
 */
export function closeEndedConvertedIdeas(db: Pick<Prisma.TransactionClient, '$executeRaw'>): Promise<number> {
  return db.$executeRaw`
    UPDATE "Idea" i SET "closedAt" = now()
    FROM "Challenge" c
    WHERE i."challengeId" = c."id" AND i."status" = 'CONVERTED' AND i."closedAt" IS NULL
      AND (c."status" = 'CLOSED'
           OR (EXISTS (SELECT 1 FROM "Match" m WHERE m."challengeId" = c."id")
               AND NOT EXISTS (SELECT 1 FROM "Match" m WHERE m."challengeId" = c."id"
                               AND m."state" NOT IN ('COMPLETED', 'DECLINED', 'WITHDRAWN'))))`;
}

/** Forgets the e-mail address of ideas closed longer ago than the retention ("Idea_closedAt_idx"). */
export function deleteClosedContacts(
  db: Pick<Prisma.TransactionClient, '$executeRaw'>,
  retentionDays: number,
): Promise<number> {
  return db.$executeRaw`
    UPDATE "Idea" SET "contactEmail" = NULL
    WHERE "contactEmail" IS NOT NULL
      AND "closedAt" <= now() - ${retentionDays}::double precision * interval '1 day'`;
}
