import type { LAB_FACETS, ListLabsQuery } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { facetedSearch } from '../../lib/faceted-search';
import { visibleSql, type Viewer } from '../../lib/visibility';

type Db = Pick<PrismaClient, '$queryRaw'>;

/** At most this many of a lab's challenges come with its detail (the contract says so). */
export const LAB_CHALLENGES_LIMIT = 50;

/** Labs have no draft state: they are hidden only when a curator unpublished them. */
const labVisible = (viewer: Viewer) =>
  visibleSql(viewer, { organisationId: Prisma.sql`l."organisationId"`, unpublishedAt: Prisma.sql`l."unpublishedAt"` });

/**
 * A page of labs with the total and the facet counts, under the viewer's visibility.
 * q: full text over name and neighbourhood (A), summary (B) and description (C), index
 * "Lab_search_idx". Filters compare the columns in their own types, so "Lab_status_idx" and
 * "Lab_municipalityCode_idx" stay usable; the organisation filter uses "Lab_organisationId_idx".
 * Without q the newest lab comes first (createdAt, no index needed: labs are counted in
 * hundreds, one per housing company and neighbourhood).
 */
export async function searchLabs(db: Db, viewer: Viewer, query: ListLabsQuery) {
  const selected = (values: readonly string[] | undefined) => (values?.length ? values : undefined);
  const focusAreas = selected(query.focusArea);
  const statuses = selected(query.status);
  const municipalities = selected(query.municipality);
  const regions = selected(query.region);
  return facetedSearch<(typeof LAB_FACETS)[number]>(db, {
    from: Prisma.sql`"Lab" l`,
    id: Prisma.sql`l."id"`,
    visible: labVisible(viewer),
    conditions: query.organisation ? [Prisma.sql`l."organisationId" = ${query.organisation}::uuid`] : [],
    facets: {
      focusArea: {
        values: Prisma.sql`l."focusAreas"`,
        filter: focusAreas && Prisma.sql`l."focusAreas" && ${focusAreas}::"FocusArea"[]`,
        selected: focusAreas,
      },
      status: {
        values: Prisma.sql`ARRAY[l."status"]`,
        filter: statuses && Prisma.sql`l."status" = ANY(${statuses}::"LabStatus"[])`,
        selected: statuses,
      },
      municipality: {
        values: Prisma.sql`ARRAY[l."municipalityCode"]`,
        filter: municipalities && Prisma.sql`l."municipalityCode" = ANY(${municipalities}::bpchar[])`,
        selected: municipalities,
      },
      region: {
        // The county code is the municipality code's first two digits (SCB).
        values: Prisma.sql`ARRAY[left(l."municipalityCode", 2)]`,
        filter: regions && Prisma.sql`left(l."municipalityCode", 2) = ANY(${regions}::text[])`,
        selected: regions,
      },
    },
    text: query.q
      ? {
          q: query.q,
          vector: Prisma.sql`l."search"`,
          title: Prisma.sql`l."name"`,
          focusAreas: (v) => Prisma.sql`l."focusAreas" && ${v}::"FocusArea"[]`,
        }
      : undefined,
    newest: Prisma.sql`l."createdAt"`,
    page: query.page,
    pageSize: query.pageSize,
    cursor: query.cursor,
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
