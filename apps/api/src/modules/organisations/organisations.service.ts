import type {
  CreateOrganisationBody,
  Invitation,
  InvitationPreview,
  ListOrganisationsQuery,
  Member,
  MembershipRole,
  Organisation,
  OrganisationList,
  OrganisationSummary,
  UpdateOrganisationBody,
  VerifyOrganisationBody,
} from '@motesplats/contracts';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { audit } from '../../lib/audit';
import { inIdOrder } from '../../lib/faceted-search';
import { AppError, forbidden, notFound } from '../../lib/errors';
import type { Mailer } from '../../lib/mailer';
import { uniqueSlug } from '../../lib/slug';
import { randomToken, sha256 } from '../../lib/tokens';
import { isCurator, type AuthUser } from '../../plugins/auth';
import { notifyOrganisationVerified } from '../notifications/notify';
import { invitationMail } from './organisation-mails';
import { searchOrganisations } from './organisations.queries';

const INVITATION_TTL_MS = 7 * 86_400_000;

type OrganisationRow = Prisma.OrganisationGetPayload<object>;

export function toSummary(o: OrganisationRow): OrganisationSummary {
  return {
    id: o.id,
    name: o.name,
    slug: o.slug,
    kind: o.kind,
    verification: o.verification,
    actorType: o.actorType,
    municipalityCode: o.municipalityCode,
    description: o.description,
  };
}

function toMember(m: {
  role: MembershipRole;
  createdAt: Date;
  user: { id: string; name: string; email: string };
}): Member {
  return {
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    joinedAt: m.createdAt.toISOString(),
  };
}

function toInvitation(i: {
  id: string;
  email: string;
  role: MembershipRole;
  createdAt: Date;
  expiresAt: Date;
  invitedBy: { name: string } | null;
}): Invitation {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    invitedBy: i.invitedBy?.name ?? null,
  };
}

/** Serialises membership changes of one organisation, so "the last owner" cannot leave twice at once. */
async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw notFound('The organisation');
}

export function createOrganisationsService(deps: { prisma: PrismaClient; mailer: Mailer; config: Config }) {
  const { prisma, mailer, config } = deps;

  async function roleOf(userId: string | undefined, organisationId: string): Promise<MembershipRole | null> {
    if (!userId) return null;
    const membership = await prisma.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId } },
      select: { role: true },
    });
    return membership?.role ?? null;
  }

  async function requireOwner(user: AuthUser, organisationId: string) {
    await requireExists(organisationId);
    const role = await roleOf(user.id, organisationId);
    if (role !== 'OWNER' && user.platformRole !== 'ADMIN') {
      throw forbidden('Only the organisation’s owners may do this');
    }
  }

  async function requireExists(organisationId: string) {
    const found = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
    if (!found) throw notFound('The organisation');
  }

  async function getOrganisation(id: string, viewer: AuthUser | undefined): Promise<Organisation> {
    const organisation = await prisma.organisation.findUnique({
      where: { id },
      include: { _count: { select: { memberships: true } } },
    });
    if (!organisation) throw notFound('The organisation');
    return {
      ...toSummary(organisation),
      ...detailFields(organisation),
      memberCount: organisation._count.memberships,
      myRole: await roleOf(viewer?.id, id),
    };
  }

  return {
    async create(user: AuthUser, body: CreateOrganisationBody, requestId: string): Promise<Organisation> {
      if (body.kind === 'NATIONAL' && user.platformRole !== 'ADMIN') {
        throw forbidden('Only administrators register national organisations');
      }
      const taken = await prisma.organisation.findUnique({
        where: { orgNumber: body.orgNumber },
        select: { id: true },
      });
      if (taken) {
        throw new AppError('CONFLICT', 'An organisation with this organisation number is already registered', {
          part: 'body',
          issues: [{ path: ['orgNumber'], message: 'Already registered', code: 'taken' }],
        });
      }
      const slug = await uniqueSlug(body.name, async (candidate) =>
        Boolean(await prisma.organisation.findUnique({ where: { slug: candidate }, select: { id: true } })),
      );
      const organisation = await prisma.$transaction(async (tx) => {
        const created = await tx.organisation.create({
          data: {
            kind: body.kind,
            actorType: body.kind === 'LOCAL_ACTOR' ? (body.actorType ?? null) : null,
            name: body.name,
            slug,
            orgNumber: body.orgNumber,
            municipalityCode: body.municipalityCode,
            description: body.description,
            website: body.website ?? null,
            email: body.email ?? null,
            phone: body.phone ?? null,
            // New organisations wait for a curator at Sveriges Allmännytta to verify them.
            verification: 'PENDING',
            memberships: { create: { userId: user.id, role: 'OWNER' } },
          },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: created.id,
          action: 'organisation.create',
          entityType: 'Organisation',
          entityId: created.id,
          requestId,
        });
        return created;
      });
      return { ...toSummary(organisation), ...detailFields(organisation), memberCount: 1, myRole: 'OWNER' };
    },

    async list(query: ListOrganisationsQuery): Promise<OrganisationList> {
      const found = await searchOrganisations(prisma, {
        q: query.q,
        kinds: query.kind,
        actorTypes: query.actorType,
        municipalities: query.municipality,
        regions: query.region,
        verifications: query.verification,
        page: query.page,
        pageSize: query.pageSize,
        cursor: query.cursor,
      });
      const rows = await prisma.organisation.findMany({ where: { id: { in: found.ids } } });
      const items = inIdOrder(found.ids, rows, toSummary);
      return {
        items,
        total: found.total,
        page: query.page,
        pageSize: query.pageSize,
        nextCursor: found.nextCursor,
        facets: found.facets,
      };
    },

    get: getOrganisation,

    /** Owners (and administrators) edit the public profile; a stale version changes nothing. */
    async update(user: AuthUser, id: string, body: UpdateOrganisationBody, requestId: string): Promise<Organisation> {
      await requireOwner(user, id);
      const { version, ...changes } = body;
      const current = await prisma.organisation.findUniqueOrThrow({ where: { id }, select: { kind: true } });
      if (changes.actorType !== undefined && current.kind !== 'LOCAL_ACTOR') {
        throw new AppError('VALIDATION_FAILED', 'Only local actors have an actor type', {
          part: 'body',
          issues: [{ path: ['actorType'], message: 'Only local actors have an actor type', code: 'not_applicable' }],
        });
      }
      const fields = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
      await prisma.$transaction(async (tx) => {
        // The version check and the write are one statement, so two edits of one version cannot both win.
        const { count } = await tx.organisation.updateMany({
          where: { id, version },
          data: { ...changes, version: { increment: 1 } },
        });
        if (count === 0) throw versionConflict();
        await audit(tx, {
          actorId: user.id,
          organisationId: id,
          action: 'organisation.update',
          entityType: 'Organisation',
          entityId: id,
          data: { fields, version },
          requestId,
        });
      });
      return getOrganisation(id, user);
    },

    /**
     * Curators at Sveriges Allmännytta verify (or reject, or send back) an organisation. This is
     * not a profile edit, so it takes no version and leaves the version alone: an owner's open
     * edit form stays valid.
     */
    async setVerification(
      user: AuthUser,
      id: string,
      body: VerifyOrganisationBody,
      requestId: string,
    ): Promise<Organisation> {
      if (!isCurator(user)) throw forbidden('Only curators verify organisations');
      await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, id);
        const before = await tx.organisation.findUniqueOrThrow({ where: { id }, select: { verification: true } });
        const verified = body.verification === 'VERIFIED';
        await tx.organisation.update({
          where: { id },
          data: {
            verification: body.verification,
            verifiedAt: verified ? new Date() : null,
            verifiedById: verified ? user.id : null,
          },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: id,
          action: 'organisation.verification',
          entityType: 'Organisation',
          entityId: id,
          data: { from: before.verification, to: body.verification, note: body.note ?? null },
          requestId,
        });
        if (verified && before.verification !== 'VERIFIED') {
          await notifyOrganisationVerified(tx, { organisationId: id, actorId: user.id });
        }
      });
      return getOrganisation(id, user);
    },

    async listMembers(user: AuthUser, organisationId: string): Promise<Member[]> {
      await requireExists(organisationId);
      if (!isCurator(user) && !(await roleOf(user.id, organisationId))) {
        throw forbidden('Only members of the organisation see its members');
      }
      const members = await prisma.membership.findMany({
        where: { organisationId },
        orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
        include: { user: { select: { id: true, name: true, email: true } } },
      });
      return members.map(toMember);
    },

    async changeRole(user: AuthUser, organisationId: string, userId: string, role: MembershipRole, requestId: string) {
      await requireOwner(user, organisationId);
      return prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, organisationId);
        const membership = await tx.membership.findUnique({
          where: { userId_organisationId: { userId, organisationId } },
        });
        if (!membership) throw notFound('The member');
        if (membership.role === 'OWNER' && role !== 'OWNER') {
          const owners = await tx.membership.count({ where: { organisationId, role: 'OWNER' } });
          if (owners <= 1) throw new AppError('LAST_OWNER', 'An organisation needs at least one owner');
        }
        const updated = await tx.membership.update({
          where: { id: membership.id },
          data: { role },
          include: { user: { select: { id: true, name: true, email: true } } },
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
    async removeMember(user: AuthUser, organisationId: string, userId: string, requestId: string) {
      if (userId !== user.id) await requireOwner(user, organisationId);
      await prisma.$transaction(async (tx) => {
        await lockOrganisation(tx, organisationId);
        const membership = await tx.membership.findUnique({
          where: { userId_organisationId: { userId, organisationId } },
        });
        if (!membership) throw notFound('The member');
        if (membership.role === 'OWNER') {
          const owners = await tx.membership.count({ where: { organisationId, role: 'OWNER' } });
          if (owners <= 1) {
            throw new AppError('LAST_OWNER', 'An organisation needs at least one owner; make someone else owner first');
          }
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

    async listInvitations(user: AuthUser, organisationId: string): Promise<Invitation[]> {
      await requireOwner(user, organisationId);
      const invitations = await prisma.invitation.findMany({
        where: { organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: 'desc' },
        include: { invitedBy: { select: { name: true } } },
        take: 200,
      });
      return invitations.map(toInvitation);
    },

    async invite(user: AuthUser, organisationId: string, email: string, role: MembershipRole, requestId: string) {
      await requireOwner(user, organisationId);
      const alreadyMember = await prisma.membership.findFirst({
        where: { organisationId, user: { email } },
        select: { id: true },
      });
      if (alreadyMember) throw new AppError('ALREADY_MEMBER', 'That person is already a member');
      const pending = await prisma.invitation.findFirst({
        where: { organisationId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        select: { id: true },
      });
      if (pending) {
        throw new AppError(
          'CONFLICT',
          'An invitation to this address is already waiting; withdraw it to send a new one',
        );
      }
      const token = randomToken();
      const invitation = await prisma.$transaction(async (tx) => {
        const created = await tx.invitation.create({
          data: {
            organisationId,
            email,
            role,
            tokenHash: sha256(token),
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
        return created;
      });
      const link = `${config.PUBLIC_URL}/invitations/${encodeURIComponent(token)}`;
      await mailer.send(
        invitationMail(email, invitation.organisation.name, user.name, link, INVITATION_TTL_MS / 86_400_000),
      );
      return toInvitation(invitation);
    },

    async revokeInvitation(user: AuthUser, organisationId: string, invitationId: string, requestId: string) {
      await requireOwner(user, organisationId);
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

    async previewInvitation(token: string): Promise<InvitationPreview> {
      const invitation = await findUsableInvitation(prisma, token);
      return {
        organisation: {
          id: invitation.organisation.id,
          name: invitation.organisation.name,
          slug: invitation.organisation.slug,
          kind: invitation.organisation.kind,
          verification: invitation.organisation.verification,
        },
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    },

    async acceptInvitation(user: AuthUser, token: string, requestId: string): Promise<void> {
      const invitation = await findUsableInvitation(prisma, token);
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

const versionConflict = () =>
  new AppError('VERSION_CONFLICT', 'Someone else changed this organisation in the meantime; reload and try again');

function detailFields(o: OrganisationRow) {
  return {
    version: o.version,
    orgNumber: o.orgNumber,
    website: o.website,
    email: o.email,
    phone: o.phone,
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
  };
}

async function findUsableInvitation(prisma: PrismaClient, token: string) {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    include: { organisation: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
    throw new AppError('NOT_FOUND', 'The invitation has expired, was withdrawn or has already been used');
  }
  return invitation;
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
