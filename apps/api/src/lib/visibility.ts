import type { VerificationStatus } from '@motesplats/contracts';
import { Prisma } from '../generated/prisma/client';
import type { Viewer } from './actor';

/*
 * Who sees what: an item is public when it is not a draft, not unpublished by a curator, and its
 * organisation has been verified by a curator (until then anyone could pose as a housing company
 * and publish under its name: docs/decisions.md, "Verification before visibility"). Members of
 * the owning organisation and curators (CURATOR, ADMIN) also see drafts, unpublished items and
 * the items of an organisation that waits for verification. Lists, search and facets use
 * visibleSql(); detail routes use isVisible() and answer 404 when it is false, so a hidden
 * item's existence does not leak.
 */

export interface VisibilityColumns {
  organisationId: Prisma.Sql;
  unpublishedAt: Prisma.Sql;
  /** True for drafts; leave out for things that have no draft state (labs, organisations). */
  isDraft?: Prisma.Sql;
}

/**
 * The organisation of the row is verified. A primary-key probe of "Organisation" per row; the
 * planner turns it into a hash semi-join on whole lists.
 */
export function organisationVerifiedSql(organisationId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Organisation" vo WHERE vo."id" = ${organisationId} AND vo."verification" = 'VERIFIED')`;
}

/** The SQL predicate of isVisible(), for lists, search and facet counts. */
export function visibleSql(viewer: Viewer, columns: VisibilityColumns): Prisma.Sql {
  if (viewer.curator) return Prisma.sql`TRUE`;
  const published = columns.isDraft
    ? Prisma.sql`${columns.unpublishedAt} IS NULL AND NOT (${columns.isDraft})`
    : Prisma.sql`${columns.unpublishedAt} IS NULL`;
  const isPublic = Prisma.sql`(${published} AND ${organisationVerifiedSql(columns.organisationId)})`;
  if (viewer.organisationIds.length === 0) return isPublic;
  return Prisma.sql`(${isPublic} OR ${columns.organisationId} = ANY(${[...viewer.organisationIds]}::uuid[]))`;
}

export function isVisible(
  viewer: Viewer,
  item: {
    organisationId: string;
    unpublishedAt: Date | null;
    isDraft?: boolean;
    organisation: { verification: VerificationStatus };
  },
): boolean {
  if (viewer.curator || viewer.organisationIds.includes(item.organisationId)) return true;
  return item.unpublishedAt === null && !item.isDraft && item.organisation.verification === 'VERIFIED';
}
