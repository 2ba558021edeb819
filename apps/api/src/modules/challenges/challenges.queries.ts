import type { CHALLENGE_FACETS, ListChallengesQuery } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import type { Viewer } from '../../lib/actor';
import { countyFacet, manyValuesFacet, oneValueFacet, searchItems } from '../../lib/faceted-search';

/**
 * Challenges the viewer may see, by full text ("Challenge_search_idx", GIN over the generated
 * swedish tsvector) and filters; "Challenge_status_focusArea_idx", "Challenge_municipalityCode_idx"
 * and the array GIN indexes of migration 20261122100000_marketplace_search serve the filters.
 */
export function searchChallenges(prisma: PrismaClient, viewer: Viewer, query: ListChallengesQuery) {
  const conditions: Prisma.Sql[] = [];
  if (query.organisation) conditions.push(Prisma.sql`c."organisationId" = ${query.organisation}::uuid`);
  if (query.lab) conditions.push(Prisma.sql`c."labId" = ${query.lab}::uuid`);
  return searchItems<(typeof CHALLENGE_FACETS)[number]>(prisma, viewer, {
    table: 'Challenge',
    alias: 'c',
    isDraft: Prisma.sql`c."status" = 'DRAFT'`,
    conditions,
    facets: {
      focusArea: oneValueFacet(Prisma.sql`c."focusArea"`, '"FocusArea"', query.focusArea),
      targetGroup: manyValuesFacet(Prisma.sql`c."targetGroups"`, '"TargetGroup"', query.targetGroup),
      municipality: oneValueFacet(Prisma.sql`c."municipalityCode"`, 'bpchar', query.municipality),
      region: countyFacet(Prisma.sql`c."municipalityCode"`, query.region),
      supportType: manyValuesFacet(Prisma.sql`c."neededSupportTypes"`, '"SupportType"', query.supportType),
      status: oneValueFacet(Prisma.sql`c."status"`, '"ChallengeStatus"', query.status),
    },
    text: {
      title: Prisma.sql`c."title"`,
      focusAreas: (v) => Prisma.sql`c."focusArea" = ANY(${v}::"FocusArea"[])`,
      targetGroups: (v) => Prisma.sql`c."targetGroups" && ${v}::"TargetGroup"[]`,
    },
    newest: Prisma.sql`COALESCE(c."publishedAt", c."createdAt")`,
    query,
  });
}
