import type { MembershipRole } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { isAdmin, type AuthUser } from '../../lib/actor';
import { forbidden, notFound } from '../../lib/errors';

/** Who someone is in an organisation; what the organisation, membership and invitation services share. */
export function createOrganisationRoles(prisma: PrismaClient) {
  async function requireExists(organisationId: string): Promise<void> {
    const found = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
    if (!found) throw notFound('The organisation');
  }

  async function roleOf(userId: string | undefined, organisationId: string): Promise<MembershipRole | null> {
    if (!userId) return null;
    const membership = await prisma.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId } },
      select: { role: true },
    });
    return membership?.role ?? null;
  }

  /** Owners (and administrators) manage the organisation; 404 when it does not exist. */
  async function requireOwner(user: AuthUser, organisationId: string): Promise<void> {
    await requireExists(organisationId);
    const role = await roleOf(user.id, organisationId);
    if (role !== 'OWNER' && !isAdmin(user)) throw forbidden('Only the organisation’s owners may do this');
  }

  return { requireExists, roleOf, requireOwner };
}

/** Serialises membership changes of one organisation, so "the last owner" cannot leave twice at once. */
export async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound('The organisation');
}
