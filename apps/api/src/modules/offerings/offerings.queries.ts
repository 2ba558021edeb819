import type { OFFERING_FACETS, ListOfferingsQuery } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { facetedSearch, type FacetSpec } from '../../lib/faceted-search';
import { visibleSql, type Viewer } from '../../lib/visibility';

type OfferingFacet = (typeof OFFERING_FACETS)[number];

const when = <T>(values: readonly T[] | undefined, predicate: (values: T[]) => Prisma.Sql) =>
  values?.length ? predicate([...values]) : undefined;

/**
 * Offerings the viewer may see, by full text ("Offering_search_idx") and filters
 * ("Offering_focusAreas_idx", "Offering_municipalityCodes_idx", "Offering_status_idx" and the
 * array GIN indexes of migration 20261122100000_marketplace_search). An offering with national
 * reach works everywhere, so it matches every municipality and region filter and is counted
 * under every municipality and region value.
 */
export function searchOfferings(prisma: PrismaClient, viewer: Viewer, query: ListOfferingsQuery) {
  const national = Prisma.sql`o."isNational"`;
  const facets: Record<OfferingFacet, FacetSpec> = {
    focusArea: {
      values: Prisma.sql`o."focusAreas"`,
      filter: when(query.focusArea, (v) => Prisma.sql`o."focusAreas" && ${v}::"FocusArea"[]`),
      selected: query.focusArea,
    },
    targetGroup: {
      values: Prisma.sql`o."targetGroups"`,
      filter: when(query.targetGroup, (v) => Prisma.sql`o."targetGroups" && ${v}::"TargetGroup"[]`),
      selected: query.targetGroup,
    },
    municipality: {
      values: Prisma.sql`o."municipalityCodes"`,
      filter: when(query.municipality, (v) => Prisma.sql`(${national} OR o."municipalityCodes" && ${v}::bpchar[])`),
      selected: query.municipality,
      matchesEveryValue: national,
    },
    // SCB municipality codes begin with their county's two-digit code.
    region: {
      values: Prisma.sql`ARRAY(SELECT DISTINCT left(m, 2) FROM unnest(o."municipalityCodes") AS m)`,
      filter: when(
        query.region,
        (v) =>
          Prisma.sql`(${national} OR EXISTS (SELECT 1 FROM unnest(o."municipalityCodes") AS m WHERE left(m, 2) = ANY(${v}::text[])))`,
      ),
      selected: query.region,
      matchesEveryValue: national,
    },
    supportType: {
      values: Prisma.sql`o."supportTypes"`,
      filter: when(query.supportType, (v) => Prisma.sql`o."supportTypes" && ${v}::"SupportType"[]`),
      selected: query.supportType,
    },
    status: {
      value: Prisma.sql`o."status"`,
      filter: when(query.status, (v) => Prisma.sql`o."status" = ANY(${v}::"OfferingStatus"[])`),
      selected: query.status,
    },
  };
  const conditions: Prisma.Sql[] = [];
  if (query.organisation) conditions.push(Prisma.sql`o."organisationId" = ${query.organisation}::uuid`);

  return facetedSearch(prisma, {
    from: Prisma.sql`"Offering" o`,
    id: Prisma.sql`o."id"`,
    visible: visibleSql(viewer, {
      organisationId: Prisma.sql`o."organisationId"`,
      unpublishedAt: Prisma.sql`o."unpublishedAt"`,
      isDraft: Prisma.sql`o."status" = 'DRAFT'`,
    }),
    conditions,
    facets,
    text: query.q
      ? {
          q: query.q,
          vector: Prisma.sql`o."search"`,
          title: Prisma.sql`o."title"`,
          focusAreas: (v) => Prisma.sql`o."focusAreas" && ${v}::"FocusArea"[]`,
          targetGroups: (v) => Prisma.sql`o."targetGroups" && ${v}::"TargetGroup"[]`,
        }
      : undefined,
    newest: Prisma.sql`COALESCE(o."publishedAt", o."createdAt")`,
    page: query.page,
    pageSize: query.pageSize,
    cursor: query.cursor,
  });
}
