import {
  UNVERIFIED_INVITATION_LIMIT,
  type Invitation,
  type InvitationPreview,
  type MembershipRole,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { AuthUser } from '../../lib/actor';
import { audit } from '../../lib/audit';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { enqueueJob, MAIL_ATTEMPTS } from '../../lib/jobs';
import type { Mailer } from '../../lib/mailer';
import { randomToken, sha256 } from '../../lib/tokens';
import { invitationMail } from './organisation-mails';
import { createOrganisationRoles, lockOrganisation } from './organisation-roles';
import { toInvitation } from './organisations.mappers';

const INVITATION_TTL_MS = 7 * 86_400_000;
export const INVITATION_EMAIL_QUEUE = 'invitation-email';

const pending = () => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } });

/** Owners invite people by e-mail; the link's holder, signed in with that address, joins. */
export function createInvitationsService(deps: { prisma: PrismaClient; mailer: Mailer; publicUrl: string }) {
  const { prisma, mailer, publicUrl } = deps;
  const roles = createOrganisationRoles(prisma);

  async function findUsable(token: string) {
    const invitation = await prisma.invitation.findUnique({
      where: { tokenHash: sha256(token) },
      include: { organisation: true },
    });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
      throw new AppError('NOT_FOUND', 'The invitation has expired, was withdrawn or has already been used');
    }
    return invitation;
  }

  return {
    async list(user: AuthUser, organisationId: string): Promise<Invitation[]> {
      await roles.requireOwner(user, organisationId);
      const invitations = await prisma.invitation.findMany({
        where: { organisationId, ...pending() },
        orderBy: { createdAt: 'desc' },
        include: { invitedBy: { select: { name: true } } },
        take: 200,
      });
      return invitations.map(toInvitation);
    },

    async invite(user: AuthUser, organisationId: string, email: string, role: MembershipRole, requestId: string) {
      await roles.requireOwner(user, organisationId);
      const alreadyMember = await prisma.membership.findFirst({
        where: { organisationId, user: { email } },
        select: { id: true },
      });
      if (alreadyMember) throw new AppError('ALREADY_MEMBER', 'That person is already a member');
      const waiting = await prisma.invitation.findFirst({
        where: { organisationId, email, ...pending() },
        select: { id: true },
      });
      if (waiting) {
        throw new AppError(
          'CONFLICT',
          'An invitation to this address is already waiting; withdraw it to send a new one',
        );
      }
      const invitation = await prisma.$transaction(async (tx) => {
        // The lock makes the count and the insert one step: parallel invitations cannot pass the limit together.
        await lockOrganisation(tx, organisationId);
        const organisation = await tx.organisation.findUniqueOrThrow({
          where: { id: organisationId },
          select: { verification: true, _count: { select: { invitations: true } } },
        });
        if (
          organisation.verification !== 'VERIFIED' &&
          organisation._count.invitations >= UNVERIFIED_INVITATION_LIMIT
        ) {
          throw new AppError(
            'ORGANISATION_NOT_VERIFIED',
            `Until a curator has verified the organisation it may send ${UNVERIFIED_INVITATION_LIMIT} invitations`,
            { limit: UNVERIFIED_INVITATION_LIMIT },
          );
        }
        const created = await tx.invitation.create({
          data: {
            organisationId,
            email,
            role,
            // Replaced by the e-mail job with the token it sends; this one is never known to anyone.
            tokenHash: sha256(randomToken()),
            invitedById: user.id,
            expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          },
          include: { invitedBy: { select: { name: true } }, organisation: { select: { name: true } } },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId,
          action: 'invitation.create',
          entityType: 'Invitation',
          entityId: created.id,
          data: { email, role },
          requestId,
        });
        await enqueueJob(tx, {
          queue: INVITATION_EMAIL_QUEUE,
          payload: { invitationId: created.id },
          dedupeKey: `invitation-email:${created.id}`,
          maxAttempts: MAIL_ATTEMPTS,
        });
        return created;
      });
      return toInvitation(invitation);
    },

    /**
     * The job: the link's token is made now and only its hash kept, so the link exists nowhere
     * but in the e-mail. An invitation withdrawn or used meanwhile is not sent.
     */
    async sendInvitation(invitationId: string): Promise<void> {
      const token = randomToken();
      const invitation = await prisma.invitation.findFirst({
        where: { id: invitationId, ...pending() },
        include: { invitedBy: { select: { name: true } }, organisation: { select: { name: true } } },
      });
      if (!invitation) return;
      await prisma.invitation.update({ where: { id: invitation.id }, data: { tokenHash: sha256(token) } });
      const link = `${publicUrl}/invitations/${encodeURIComponent(token)}`;
      const days = Math.max(1, Math.round((invitation.expiresAt.getTime() - Date.now()) / 86_400_000));
      await mailer.send(
        invitationMail(invitation.email, invitation.organisation.name, invitation.invitedBy?.name ?? '', link, days),
      );
    },

    async revoke(user: AuthUser, organisationId: string, invitationId: string, requestId: string) {
      await roles.requireOwner(user, organisationId);
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.invitation.updateMany({
          where: { id: invitationId, organisationId, acceptedAt: null, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        if (count === 0) throw notFound('The invitation');
        await audit(tx, {
          actorId: user.id,
          organisationId,
          action: 'invitation.revoke',
          entityType: 'Invitation',
          entityId: invitationId,
          requestId,
        });
      });
    },

    async preview(token: string): Promise<InvitationPreview> {
      const invitation = await findUsable(token);
      const { id, name, slug, kind, verification } = invitation.organisation;
      return {
        organisation: { id, name, slug, kind, verification },
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },

    async accept(user: AuthUser, token: string, requestId: string): Promise<void> {
      const invitation = await findUsable(token);
      if (invitation.email !== user.email) {
        throw forbidden('This invitation was sent to another e-mail address; sign in with that address to accept it');
      }
      await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, invitation.organisationId);
        const claimed = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null },
          data: { acceptedAt: new Date(), acceptedById: user.id },
        });
        if (claimed.count !== 1) throw notFound('The invitation');
        const existing = await tx.membership.findUnique({
          where: { userId_organisationId: { userId: user.id, organisationId: invitation.organisationId } },
        });
        if (existing) throw new AppError('ALREADY_MEMBER', 'You are already a member of this organisation');
        const membership = await tx.membership.create({
          data: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: invitation.organisationId,
          action: 'invitation.accept',
          entityType: 'Membership',
          entityId: membership.id,
          data: { invitationId: invitation.id },
          requestId,
        });
      });
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
