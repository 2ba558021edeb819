import { Prisma } from '../generated/prisma/client';
import type { Viewer } from './actor';

/*
 * Who sees what: an item is public when it is not a draft and not unpublished by a curator.
 * Members of the owning organisation and curators (CURATOR, ADMIN) also see drafts and
 * unpublished items. Lists, search and facets use visibleSql(); detail routes use isVisible()
 * and answer 404 when it is false, so a hidden item's existence does not leak.
 */

export interface VisibilityColumns {
  organisationId: Prisma.Sql;
  unpublishedAt: Prisma.Sql;
  /** True for drafts; leave out for things that have no draft state (labs, organisations). */
  isDraft?: Prisma.Sql;
}

/** The SQL predicate of isVisible(), for lists, search and facet counts. */
export function visibleSql(viewer: Viewer, columns: VisibilityColumns): Prisma.Sql {
  if (viewer.curator) return Prisma.sql`TRUE`;
  const isPublic = columns.isDraft
    ? Prisma.sql`(${columns.unpublishedAt} IS NULL AND NOT (${columns.isDraft}))`
    : Prisma.sql`${columns.unpublishedAt} IS NULL`;
  if (viewer.organisationIds.length === 0) return isPublic;
  return Prisma.sql`(${isPublic} OR ${columns.organisationId} = ANY(${[...viewer.organisationIds]}::uuid[]))`;
}

export function isVisible(
  viewer: Viewer,
  item: { organisationId: string; unpublishedAt: Date | null; isDraft?: boolean },
): boolean {
  if (viewer.curator || viewer.organisationIds.includes(item.organisationId)) return true;
  return item.unpublishedAt === null && !item.isDraft;
}
