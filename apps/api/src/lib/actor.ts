import type { Locale, PlatformRole } from '@motesplats/contracts';
import type { PrismaClient } from '../db/prisma';

/*
 * Who is acting and what they may do. The auth plugin turns a request into an AuthUser; the
 * services, visibility and moderation read only this module, so the domain never depends on
 * the HTTP layer.
 */

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  platformRole: PlatformRole;
  locale: Locale;
}

/** Curators at Sveriges Allmännytta; administrators may do everything curators may. */
export function isCurator(user: AuthUser | undefined | null): boolean {
  return user?.platformRole === 'CURATOR' || user?.platformRole === 'ADMIN';
}

export function isAdmin(user: AuthUser | undefined | null): boolean {
  return user?.platformRole === 'ADMIN';
}

/** The actor with the organisations they belong to: what visibility and edit rights are decided on. */
export interface Viewer {
  user: AuthUser | null;
  curator: boolean;
  /** Organisations the viewer is a member of (OWNER or MEMBER). */
  organisationIds: readonly string[];
}

export const ANONYMOUS: Viewer = { user: null, curator: false, organisationIds: [] };

export async function loadViewer(
  prisma: Pick<PrismaClient, 'membership'>,
  user: AuthUser | null | undefined,
): Promise<Viewer> {
  if (!user) return ANONYMOUS;
  const memberships = await prisma.membership.findMany({
    where: { userId: user.id },
    select: { organisationId: true },
  });
  return { user, curator: isCurator(user), organisationIds: memberships.map((m) => m.organisationId) };
}

/** Members of the owning organisation write what it publishes; administrators may write anything. */
export function canEditAs(viewer: Viewer, organisationId: string): boolean {
  return isAdmin(viewer.user) || viewer.organisationIds.includes(organisationId);
}
