import type { Member, MembershipRole } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { isCurator, type AuthUser } from '../../lib/actor';
import { audit } from '../../lib/audit';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { createOrganisationRoles, lockOrganisation } from './organisation-roles';
import { memberUser, toMember } from './organisations.mappers';

/** An organisation needs an owner: changing or removing the last one is refused. */
async function refuseLastOwner(tx: Prisma.TransactionClient, organisationId: string, message: string) {
  const owners = await tx.membership.count({ where: { organisationId, role: 'OWNER' } });
  if (owners <= 1) throw new AppError('LAST_OWNER', message);
}

/** Who belongs to an organisation: the member list, roles, removing and leaving. */
export function createMembershipsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;
  const roles = createOrganisationRoles(prisma);

  /** The membership of `userId`, under the organisation's lock. */
  async function lockedMembership(tx: Prisma.TransactionClient, organisationId: string, userId: string) {
    await lockOrganisation(tx, organisationId);
    const membership = await tx.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
    if (!membership) throw notFound('The member');
    return membership;
  }

  return {
    async list(user: AuthUser, organisationId: string): Promise<Member[]> {
      await roles.requireExists(organisationId);
      if (!isCurator(user) && !(await roles.roleOf(user.id, organisationId))) {
        throw forbidden('Only members of the organisation see its members');
      }
      const members = await prisma.membership.findMany({
        where: { organisationId },
        orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
        include: { user: memberUser },
      });
      return members.map(toMember);
    },

    async changeRole(user: AuthUser, organisationId: string, userId: string, role: MembershipRole, requestId: string) {
      await roles.requireOwner(user, organisationId);
      return prisma.$transaction(async (tx) => {
        const membership = await lockedMembership(tx, organisationId, userId);
        if (membership.role === 'OWNER' && role !== 'OWNER') {
          await refuseLastOwner(tx, organisationId, 'An organisation needs at least one owner');
        }
        const updated = await tx.membership.update({
          where: { id: membership.id },
          data: { role },
          include: { user: memberUser },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId,
          action: 'membership.change_role',
          entityType: 'Membership',
          entityId: membership.id,
          data: { userId, from: membership.role, to: role },
          requestId,
        });
        return toMember(updated);
      });
    },

    /** Owners remove members; every member may remove themselves (leave). */
    async remove(user: AuthUser, organisationId: string, userId: string, requestId: string) {
      if (userId !== user.id) await roles.requireOwner(user, organisationId);
      await prisma.$transaction(async (tx) => {
        const membership = await lockedMembership(tx, organisationId, userId);
        if (membership.role === 'OWNER') {
          await refuseLastOwner(
            tx,
            organisationId,
            'An organisation needs at least one owner; make someone else owner first',
          );
        }
        await tx.membership.delete({ where: { id: membership.id } });
        await audit(tx, {
          actorId: user.id,
          organisationId,
          action: userId === user.id ? 'membership.leave' : 'membership.remove',
          entityType: 'Membership',
          entityId: membership.id,
          data: { userId },
          requestId,
        });
      });
    },
  };
}

export type MembershipsService = ReturnType<typeof createMembershipsService>;
