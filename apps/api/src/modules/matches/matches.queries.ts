import { MATCH_STATES, WAITING_MATCH_STATES, type ListMatchesQuery, type MatchState } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import type { Viewer } from '../../lib/actor';

export interface MatchSearchResult {
  ids: string[];
  total: number;
  stateCounts: Record<MatchState, number>;
}

/**
 * Matches where one of these organisations is a party. Written as two id lists rather than an
 * OR over the joined rows so that PostgreSQL can combine the unique (challengeId, offeringId)
 * index and "Match_offeringId_idx" (fed by "Challenge_organisationId_idx" and
 * "Offering_organisationId_idx") instead of scanning every match.
 */
function partyOf(organisationIds: string[]): Prisma.Sql {
  return Prisma.sql`(m."challengeId" IN (SELECT "id" FROM "Challenge" WHERE "organisationId" = ANY(${organisationIds}::uuid[]))
    OR m."offeringId" IN (SELECT "id" FROM "Offering" WHERE "organisationId" = ANY(${organisationIds}::uuid[])))`;
}

/**
 * Since when the match `m` waits, for sorting in SQL: null when its state waits for nobody, else
 * when the match entered its state (the latest event into it), or its creation without one; an
 * ACTIVE match waits from its completion proposal (null without one). This is matchWaitingFor's
 * rules (contracts, match-waiting.ts) said in SQL; the board's test checks the two agree. The subquery reads "MatchEvent_matchId_createdAt_idx".
 */
export const waitingSinceSql = Prisma.sql`(CASE
  WHEN m."state" = 'ACTIVE' THEN m."completionProposedAt"
  WHEN m."state" = ANY(${[...WAITING_MATCH_STATES]}::"MatchState"[]) THEN
  COALESCE((SELECT max(e."createdAt") FROM "MatchEvent" e
            WHERE e."matchId" = m."id" AND e."toState" = m."state" AND e."fromState" IS DISTINCT FROM e."toState"),
           m."createdAt") END)`;

/**
 * The matches a reader may list: curators every match, everyone else the matches where one of
 * their organisations is a party (partyOf). The state filter uses "Match_state_idx"; focus area,
 * region and municipality are the challenge's, read through its primary key.
 */
export async function searchMatches(
  prisma: PrismaClient,
  viewer: Viewer,
  query: ListMatchesQuery,
): Promise<MatchSearchResult> {
  const conditions: Prisma.Sql[] = [];
  if (!viewer.curator) {
    conditions.push(partyOf([...viewer.organisationIds]));
  }
  if (query.challengeId) conditions.push(Prisma.sql`m."challengeId" = ${query.challengeId}::uuid`);
  if (query.offeringId) conditions.push(Prisma.sql`m."offeringId" = ${query.offeringId}::uuid`);
  if (query.organisationId) {
    conditions.push(partyOf([query.organisationId]));
  }
  if (query.focusArea?.length) {
    conditions.push(Prisma.sql`c."focusArea" = ANY(${[...query.focusArea]}::"FocusArea"[])`);
  }
  // SCB municipality codes begin with their county's two-digit code.
  if (query.region?.length) {
    conditions.push(Prisma.sql`left(c."municipalityCode", 2) = ANY(${[...query.region]}::text[])`);
  }
  if (query.municipality?.length) {
    conditions.push(Prisma.sql`c."municipalityCode" = ANY(${[...query.municipality]}::bpchar[])`);
  }

  const from = Prisma.sql`"Match" m
    JOIN "Challenge" c ON c."id" = m."challengeId"
    JOIN "Offering" o ON o."id" = m."offeringId"`;
  const where = (extra: Prisma.Sql[]) => {
    const all = [...conditions, ...extra];
    return all.length ? Prisma.sql`WHERE ${Prisma.join(all, ' AND ')}` : Prisma.empty;
  };
  const stateFilter = query.state?.length ? [Prisma.sql`m."state" = ANY(${[...query.state]}::"MatchState"[])`] : [];

  // The board's counts ignore the state filter, so every column shows how many it would hold.
  const counted = await prisma.$queryRaw<{ state: MatchState; count: bigint }[]>`
    SELECT m."state" AS state, count(*) AS count FROM ${from} ${where([])} GROUP BY m."state"`;
  const stateCounts = Object.fromEntries(MATCH_STATES.map((state) => [state, 0])) as Record<MatchState, number>;
  for (const row of counted) stateCounts[row.state] = Number(row.count);
  const total = query.state?.length
    ? [...new Set(query.state)].reduce((sum, state) => sum + stateCounts[state], 0)
    : Object.values(stateCounts).reduce((sum, count) => sum + count, 0);

  const order =
    query.sort === 'WAITING'
      ? Prisma.sql`${waitingSinceSql} ASC NULLS LAST, m."updatedAt" DESC, m."id" DESC`
      : Prisma.sql`m."updatedAt" DESC, m."id" DESC`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT m."id" AS id FROM ${from} ${where(stateFilter)}
    ORDER BY ${order}
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  return { ids: rows.map((row) => row.id), total, stateCounts };
}
