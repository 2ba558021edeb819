import {
  isValidOrgNumber,
  type CreateOrganisationBody,
  type ListOrganisationsQuery,
  type Organisation,
  type OrganisationList,
  type UpdateOrganisationBody,
  type VerificationQueue,
  type VerificationQueueQuery,
  type VerificationStatus,
  type VerifyOrganisationBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { isAdmin, isCurator, loadViewer, type AuthUser } from '../../lib/actor';
import { audit } from '../../lib/audit';
import type { Notifier } from '../../lib/collaborators';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { toSearchPage } from '../../lib/faceted-search';
import { uniqueSlug } from '../../lib/slug';
import { createOrganisationRoles, lockOrganisation } from './organisation-roles';
import { toOrganisation, toOrganisationSummary } from './organisations.mappers';
import { searchOrganisations } from './organisations.queries';

const versionConflict = () =>
  new AppError('VERSION_CONFLICT', 'Someone else changed this organisation in the meantime; reload and try again');

/** Organisations: registering, the public profile and its search, and curators' verification. */
export function createOrganisationsService(deps: { prisma: PrismaClient; notifier: Notifier }) {
  const { prisma, notifier } = deps;
  const roles = createOrganisationRoles(prisma);

  async function getOrganisation(id: string, viewer: AuthUser | undefined): Promise<Organisation> {
    const organisation = await prisma.organisation.findUnique({
      where: { id },
      include: { _count: { select: { memberships: true } } },
    });
    if (!organisation) throw notFound('The organisation');
    const myRole = await roles.roleOf(viewer?.id, id);
    if (organisation.verification !== 'VERIFIED' && !myRole && !isCurator(viewer)) {
      // Until a curator has checked who it is, others learn only the name it registered under
      // (which matches and invitations show anyway), not what it says about itself.
      return toOrganisation(
        {
          ...organisation,
          actorType: null,
          orgNumber: null,
          municipalityCode: null,
          description: '',
          website: null,
          email: null,
          phone: null,
          rejectionReason: null,
        },
        0,
        null,
      );
    }
    return toOrganisation(organisation, organisation._count.memberships, myRole);
  }

  return {
    async create(user: AuthUser, body: CreateOrganisationBody, requestId: string): Promise<Organisation> {
      if (body.kind === 'NATIONAL' && !isAdmin(user)) {
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
            language: body.language,
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
      return toOrganisation(organisation, 1, 'OWNER');
    },

    async list(query: ListOrganisationsQuery, user: AuthUser | undefined): Promise<OrganisationList> {
      const found = await searchOrganisations(prisma, {
        viewer: await loadViewer(prisma, user),
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
      return toSearchPage(query, found, rows, toOrganisationSummary);
    },

    get: getOrganisation,

    /** Curators' queue: who waits for verification, with what a curator checks before deciding. */
    async verificationQueue(user: AuthUser, query: VerificationQueueQuery): Promise<VerificationQueue> {
      if (!isCurator(user)) throw forbidden('Only curators see the verification queue');
      // "Organisation_verification_createdAt_idx" serves the filter and the order.
      const where = { verification: { in: ['PENDING', 'UNVERIFIED'] as VerificationStatus[] } };
      const drafted = {
        select: { id: true, title: true, status: true },
        orderBy: { createdAt: 'asc' },
        take: 20,
      } as const;
      const [total, rows] = await Promise.all([
        prisma.organisation.count({ where }),
        prisma.organisation.findMany({
          where,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          skip: (query.page - 1) * query.pageSize,
          take: query.pageSize,
          include: {
            memberships: {
              select: { role: true, user: { select: { name: true, email: true } } },
              orderBy: { createdAt: 'asc' },
              take: 50,
            },
            _count: { select: { memberships: true } },
            challenges: drafted,
            offerings: drafted,
            labs: { select: { id: true, name: true, status: true }, orderBy: { createdAt: 'asc' }, take: 20 },
          },
        }),
      ]);
      return {
        items: rows.map((row) => ({
          organisation: toOrganisation(row, row._count.memberships, null),
          orgNumberCheck: row.orgNumber === null ? 'MISSING' : isValidOrgNumber(row.orgNumber) ? 'VALID' : 'INVALID',
          members: row.memberships.map((m) => ({ name: m.user.name, email: m.user.email, role: m.role })),
          challenges: row.challenges,
          offerings: row.offerings,
          labs: row.labs.map((lab) => ({ id: lab.id, title: lab.name, status: lab.status })),
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    /** Owners (and administrators) edit the public profile; a stale version changes nothing. */
    async update(user: AuthUser, id: string, body: UpdateOrganisationBody, requestId: string): Promise<Organisation> {
      await roles.requireOwner(user, id);
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
        const rejected = body.verification === 'REJECTED';
        await tx.organisation.update({
          where: { id },
          data: {
            verification: body.verification,
            verifiedAt: verified ? new Date() : null,
            verifiedById: verified ? user.id : null,
            rejectionReason: rejected ? (body.note ?? null) : null,
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
          await notifier.organisationVerified(tx, { organisationId: id, actorId: user.id });
        }
        if (rejected && body.note) {
          await notifier.organisationRejected(tx, { organisationId: id, actorId: user.id, reason: body.note });
        }
        // Its items were ranked all along (suggestion-cache.ts); what changes is who may see them,
        // and that is decided live, so verifying needs no re-rank.
      });
      return getOrganisation(id, user);
    },
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
