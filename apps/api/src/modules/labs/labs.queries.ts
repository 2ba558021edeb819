import type { LAB_FACETS, ListLabsQuery } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { countyFacet, manyValuesFacet, oneValueFacet, searchItems } from '../../lib/faceted-search';
import type { Viewer } from '../../lib/actor';
import { visibleSql } from '../../lib/visibility';

type Db = Pick<PrismaClient, '$queryRaw'>;

/** At most this many of a lab's challenges come with its detail (the contract says so). */
export const LAB_CHALLENGES_LIMIT = 50;

/**
 * A page of labs with the total and the facet counts, under the viewer's visibility (labs have
 * no draft state: they are hidden only when a curator unpublished them).
 * q: full text over name and neighbourhood (A), summary (B) and description (C), index
 * "Lab_search_idx". Filters compare the columns in their own types, so "Lab_status_idx" and
 * "Lab_municipalityCode_idx" stay usable; the organisation filter uses "Lab_organisationId_idx".
 * Without q the newest lab comes first (createdAt, no index needed: labs are counted in
 * hundreds, one per housing company and neighbourhood).
 */
export function searchLabs(db: Db, viewer: Viewer, query: ListLabsQuery) {
  return searchItems<(typeof LAB_FACETS)[number]>(db, viewer, {
    table: 'Lab',
    alias: 'l',
    conditions: query.organisation ? [Prisma.sql`l."organisationId" = ${query.organisation}::uuid`] : [],
    facets: {
      focusArea: manyValuesFacet(Prisma.sql`l."focusAreas"`, '"FocusArea"', query.focusArea),
      status: oneValueFacet(Prisma.sql`l."status"`, '"LabStatus"', query.status),
      municipality: oneValueFacet(Prisma.sql`l."municipalityCode"`, 'bpchar', query.municipality),
      region: countyFacet(Prisma.sql`l."municipalityCode"`, query.region),
    },
    text: {
      title: Prisma.sql`l."name"`,
      focusAreas: (v) => Prisma.sql`l."focusAreas" && ${v}::"FocusArea"[]`,
    },
    newest: Prisma.sql`l."createdAt"`,
    query,
  });
}

/**
 * The ids of a lab's challenges the viewer may see, newest first, under the same visibility
 * predicate as the challenge list (drafts and unpublished ones only for their organisation and
 * curators). Index "Challenge_labId_idx".
 */
export async function visibleLabChallengeIds(db: Db, viewer: Viewer, labId: string): Promise<string[]> {
  const visible = visibleSql(viewer, {
    organisationId: Prisma.sql`c."organisationId"`,
    unpublishedAt: Prisma.sql`c."unpublishedAt"`,
    isDraft: Prisma.sql`c."status" = 'DRAFT'`,
  });
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Challenge" c
    WHERE c."labId" = ${labId}::uuid AND ${visible}
    ORDER BY c."createdAt" DESC, c."id" ASC
    LIMIT ${LAB_CHALLENGES_LIMIT}`;
  return rows.map((r) => r.id);
}
