import type { ListOfferingsQuery, OFFERING_FACETS } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import type { Viewer } from '../../lib/actor';
import { manyValuesFacet, oneValueFacet, searchItems } from '../../lib/faceted-search';

/**
 * Offerings the viewer may see, by full text ("Offering_search_idx") and filters
 * ("Offering_focusAreas_idx", "Offering_municipalityCodes_idx", "Offering_status_idx" and the
 * array GIN indexes of migration 20261122100000_marketplace_search). An offering with national
 * reach works everywhere, so it matches every municipality and region filter and is counted
 * under every municipality and region value.
 */
export function searchOfferings(prisma: PrismaClient, viewer: Viewer, query: ListOfferingsQuery) {
  const national = Prisma.sql`o."isNational"`;
  const municipalities = query.municipality?.length ? [...query.municipality] : undefined;
  const regions = query.region?.length ? [...query.region] : undefined;
  return searchItems<(typeof OFFERING_FACETS)[number]>(prisma, viewer, {
    table: 'Offering',
    alias: 'o',
    isDraft: Prisma.sql`o."status" = 'DRAFT'`,
    conditions: query.organisation ? [Prisma.sql`o."organisationId" = ${query.organisation}::uuid`] : [],
    facets: {
      focusArea: manyValuesFacet(Prisma.sql`o."focusAreas"`, '"FocusArea"', query.focusArea),
      targetGroup: manyValuesFacet(Prisma.sql`o."targetGroups"`, '"TargetGroup"', query.targetGroup),
      municipality: {
        values: Prisma.sql`o."municipalityCodes"::text[]`,
        filter: municipalities && Prisma.sql`(${national} OR o."municipalityCodes" && ${municipalities}::bpchar[])`,
        selected: municipalities,
        matchesEveryValue: national,
      },
      // SCB municipality codes begin with their county's two-digit code.
      region: {
        values: Prisma.sql`ARRAY(SELECT DISTINCT left(m, 2) FROM unnest(o."municipalityCodes") AS m)`,
        filter:
          regions &&
          Prisma.sql`(${national} OR EXISTS (SELECT 1 FROM unnest(o."municipalityCodes") AS m WHERE left(m, 2) = ANY(${regions}::text[])))`,
        selected: regions,
        matchesEveryValue: national,
      },
      supportType: manyValuesFacet(Prisma.sql`o."supportTypes"`, '"SupportType"', query.supportType),
      status: oneValueFacet(Prisma.sql`o."status"`, '"OfferingStatus"', query.status),
    },
    text: {
      title: Prisma.sql`o."title"`,
      focusAreas: (v) => Prisma.sql`o."focusAreas" && ${v}::"FocusArea"[]`,
      targetGroups: (v) => Prisma.sql`o."targetGroups" && ${v}::"TargetGroup"[]`,
    },
    newest: Prisma.sql`COALESCE(o."publishedAt", o."createdAt")`,
    query,
  });
}
