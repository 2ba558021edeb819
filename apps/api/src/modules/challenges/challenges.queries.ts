import type { CHALLENGE_FACETS, ListChallengesQuery } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { facetedSearch, type FacetSpec } from '../../lib/faceted-search';
import { visibleSql, type Viewer } from '../../lib/visibility';

type ChallengeFacet = (typeof CHALLENGE_FACETS)[number];

const when = <T>(values: readonly T[] | undefined, predicate: (values: T[]) => Prisma.Sql) =>
  values?.length ? predicate([...values]) : undefined;

/**
 * Challenges the viewer may see, by full text ("Challenge_search_idx", GIN over the generated
 * swedish tsvector) and filters; "Challenge_status_focusArea_idx", "Challenge_municipalityCode_idx"
 * and the array GIN indexes of migration 20261122100000_marketplace_search serve the filters.
 */
export function searchChallenges(prisma: PrismaClient, viewer: Viewer, query: ListChallengesQuery) {
  const facets: Record<ChallengeFacet, FacetSpec> = {
    focusArea: {
      value: Prisma.sql`c."focusArea"`,
      filter: when(query.focusArea, (v) => Prisma.sql`c."focusArea" = ANY(${v}::"FocusArea"[])`),
      selected: query.focusArea,
    },
    targetGroup: {
      values: Prisma.sql`c."targetGroups"`,
      filter: when(query.targetGroup, (v) => Prisma.sql`c."targetGroups" && ${v}::"TargetGroup"[]`),
      selected: query.targetGroup,
    },
    municipality: {
      value: Prisma.sql`c."municipalityCode"`,
      filter: when(query.municipality, (v) => Prisma.sql`c."municipalityCode" = ANY(${v}::bpchar[])`),
      selected: query.municipality,
    },
    // SCB municipality codes begin with their county's two-digit code.
    region: {
      value: Prisma.sql`left(c."municipalityCode", 2)`,
      filter: when(query.region, (v) => Prisma.sql`left(c."municipalityCode", 2) = ANY(${v}::text[])`),
      selected: query.region,
    },
    supportType: {
      values: Prisma.sql`c."neededSupportTypes"`,
      filter: when(query.supportType, (v) => Prisma.sql`c."neededSupportTypes" && ${v}::"SupportType"[]`),
      selected: query.supportType,
    },
    status: {
      value: Prisma.sql`c."status"`,
      filter: when(query.status, (v) => Prisma.sql`c."status" = ANY(${v}::"ChallengeStatus"[])`),
      selected: query.status,
    },
  };
  const conditions: Prisma.Sql[] = [];
  if (query.organisation) conditions.push(Prisma.sql`c."organisationId" = ${query.organisation}::uuid`);
  if (query.lab) conditions.push(Prisma.sql`c."labId" = ${query.lab}::uuid`);

  return facetedSearch(prisma, {
    from: Prisma.sql`"Challenge" c`,
    id: Prisma.sql`c."id"`,
    visible: visibleSql(viewer, {
      organisationId: Prisma.sql`c."organisationId"`,
      unpublishedAt: Prisma.sql`c."unpublishedAt"`,
      isDraft: Prisma.sql`c."status" = 'DRAFT'`,
    }),
    conditions,
    facets,
    text: query.q
      ? {
          q: query.q,
          vector: Prisma.sql`c."search"`,
          title: Prisma.sql`c."title"`,
          focusAreas: (v) => Prisma.sql`c."focusArea" = ANY(${v}::"FocusArea"[])`,
          targetGroups: (v) => Prisma.sql`c."targetGroups" && ${v}::"TargetGroup"[]`,
        }
      : undefined,
    newest: Prisma.sql`COALESCE(c."publishedAt", c."createdAt")`,
    page: query.page,
    pageSize: query.pageSize,
    cursor: query.cursor,
  });
}
