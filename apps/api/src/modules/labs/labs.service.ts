import {
  LAB_TRANSITIONS,
  type CreateLabBody,
  type Lab,
  type LabList,
  type LabSummary,
  type ListLabsQuery,
  type UnpublishBody,
  type UpdateLabBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { audit } from '../../lib/audit';
import { inIdOrder } from '../../lib/faceted-search';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { uniqueSlug } from '../../lib/slug';
import { isVisible, loadViewer, type Viewer } from '../../lib/visibility';
import type { AuthUser } from '../../plugins/auth';
import { toChallengeSummary } from '../challenges/challenges.service';
import { searchLabs, visibleLabChallengeIds } from './labs.queries';

const organisationRef = { select: { id: true, name: true, slug: true, kind: true, verification: true } } as const;

const labInclude = { organisation: organisationRef } as const;

const labDetailInclude = {
  organisation: organisationRef,
  processLeader: { select: { name: true } },
  partners: { include: { organisation: organisationRef }, orderBy: { createdAt: 'asc' } },
} as const;

/** What toChallengeSummary (the challenges module's mapping to the contract) reads. */
const challengeInclude = {
  organisation: organisationRef,
  lab: { select: { id: true, name: true, slug: true, neighbourhood: true } },
} as const;

type LabRow = Prisma.LabGetPayload<{ include: typeof labInclude }>;
type LabDetailRow = Prisma.LabGetPayload<{ include: typeof labDetailInclude }>;

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toDate = (d: string | null) => (d === null ? null : new Date(`${d}T00:00:00Z`));

export function toLabSummary(lab: LabRow): LabSummary {
  return {
    id: lab.id,
    name: lab.name,
    slug: lab.slug,
    neighbourhood: lab.neighbourhood,
    municipalityCode: lab.municipalityCode,
    focusAreas: lab.focusAreas,
    status: lab.status,
    summary: lab.summary,
    startsOn: dateOnly(lab.startsOn),
    endsOn: dateOnly(lab.endsOn),
    organisation: lab.organisation,
    unpublishedAt: lab.unpublishedAt?.toISOString() ?? null,
  };
}

/** Members of the owning organisation edit a lab; administrators may do everything. */
const mayEdit = (viewer: Viewer, organisationId: string) =>
  viewer.user?.platformRole === 'ADMIN' || viewer.organisationIds.includes(organisationId);

const versionConflict = () =>
  new AppError('VERSION_CONFLICT', 'Someone else changed this lab in the meantime; reload and try again');

function invalidBody(path: (string | number)[], message: string, code: string) {
  return new AppError('VALIDATION_FAILED', message, { part: 'body', issues: [{ path, message, code }] });
}

export function createLabsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** A lab the viewer may see (404 otherwise, so an unpublished lab's existence does not leak). */
  async function findVisible(viewer: Viewer, id: string) {
    const lab = await prisma.lab.findUnique({ where: { id }, include: labDetailInclude });
    if (!lab || !isVisible(viewer, lab)) throw notFound('The lab');
    return lab;
  }

  async function toLab(viewer: Viewer, lab: LabDetailRow): Promise<Lab> {
    const ids = await visibleLabChallengeIds(prisma, viewer, lab.id);
    const rows = await prisma.challenge.findMany({ where: { id: { in: ids } }, include: challengeInclude });
    return {
      ...toLabSummary(lab),
      description: lab.description,
      // A named user wins over the free-text name, which is for leaders without an account.
      processLeaderName: lab.processLeader?.name ?? lab.processLeaderName,
      partners: lab.partners.map((p) => ({ organisation: p.organisation, role: p.role })),
      challenges: inIdOrder(ids, rows, toChallengeSummary),
      unpublishedReason: lab.unpublishedReason,
      createdAt: lab.createdAt.toISOString(),
      updatedAt: lab.updatedAt.toISOString(),
      version: lab.version,
      canEdit: mayEdit(viewer, lab.organisationId),
    };
  }

  /** Partners are other existing organisations, each once; the path names the offending entry. */
  async function checkPartners(partners: CreateLabBody['partners'], ownerId: string) {
    const seen = new Set<string>();
    for (const [index, partner] of partners.entries()) {
      const path = ['partners', index, 'organisationId'];
      if (partner.organisationId === ownerId) {
        throw invalidBody(path, 'The lab’s own housing company is not its partner', 'owner_as_partner');
      }
      if (seen.has(partner.organisationId)) throw invalidBody(path, 'This partner is listed twice', 'duplicate');
      seen.add(partner.organisationId);
    }
    const found = await prisma.organisation.findMany({
      where: { id: { in: [...seen] } },
      select: { id: true },
    });
    const known = new Set(found.map((o) => o.id));
    const unknown = partners.findIndex((p) => !known.has(p.organisationId));
    if (unknown >= 0) {
      throw invalidBody(['partners', unknown, 'organisationId'], 'No such organisation', 'unknown_organisation');
    }
  }

  return {
    async list(query: ListLabsQuery, user: AuthUser | undefined): Promise<LabList> {
      const viewer = await loadViewer(prisma, user);
      const found = await searchLabs(prisma, viewer, query);
      const rows = await prisma.lab.findMany({ where: { id: { in: found.ids } }, include: labInclude });
      return {
        items: inIdOrder(found.ids, rows, toLabSummary),
        total: found.total,
        page: query.page,
        pageSize: query.pageSize,
        nextCursor: found.nextCursor,
        facets: found.facets,
      };
    },

    async get(id: string, user: AuthUser | undefined): Promise<Lab> {
      const viewer = await loadViewer(prisma, user);
      return toLab(viewer, await findVisible(viewer, id));
    },

    async create(user: AuthUser, body: CreateLabBody, requestId: string): Promise<Lab> {
      const viewer = await loadViewer(prisma, user);
      const organisation = await prisma.organisation.findUnique({
        where: { id: body.organisationId },
        select: { id: true, kind: true },
      });
      if (!organisation) throw notFound('The organisation');
      if (!mayEdit(viewer, organisation.id)) throw forbidden('Only members of the housing company create its labs');
      if (organisation.kind !== 'HOUSING_COMPANY') throw forbidden('Only housing companies run labs');
      await checkPartners(body.partners, organisation.id);
      const slug = await uniqueSlug(body.name, async (candidate) =>
        Boolean(await prisma.lab.findUnique({ where: { slug: candidate }, select: { id: true } })),
      );
      const id = await prisma.$transaction(async (tx) => {
        const lab = await tx.lab.create({
          data: {
            organisationId: organisation.id,
            name: body.name,
            slug,
            neighbourhood: body.neighbourhood,
            municipalityCode: body.municipalityCode,
            focusAreas: body.focusAreas,
            summary: body.summary,
            description: body.description,
            processLeaderName: body.processLeaderName,
            status: body.status,
            startsOn: toDate(body.startsOn),
            endsOn: toDate(body.endsOn),
            partners: { create: body.partners.map((p) => ({ organisationId: p.organisationId, role: p.role })) },
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: organisation.id,
          action: 'lab.create',
          entityType: 'Lab',
          entityId: lab.id,
          data: { status: body.status, partners: body.partners.map((p) => p.organisationId) },
          requestId,
        });
        return lab.id;
      });
      return toLab(viewer, await findVisible(viewer, id));
    },

    async update(user: AuthUser, id: string, body: UpdateLabBody, requestId: string): Promise<Lab> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisible(viewer, id);
      if (!mayEdit(viewer, lab.organisationId)) throw forbidden('Only members of the housing company edit its labs');
      const { version, partners, startsOn, endsOn, ...fields } = body;
      if (lab.version !== version) throw versionConflict();
      if (
        body.status !== undefined &&
        body.status !== lab.status &&
        !LAB_TRANSITIONS[lab.status].includes(body.status)
      ) {
        throw new AppError('CONFLICT', `A lab cannot go from ${lab.status} to ${body.status}`, {
          from: lab.status,
          to: body.status,
        });
      }
      const starts = startsOn === undefined ? dateOnly(lab.startsOn) : startsOn;
      const ends = endsOn === undefined ? dateOnly(lab.endsOn) : endsOn;
      if (starts && ends && starts > ends) {
        throw invalidBody(['endsOn'], 'The end date is before the start date', 'date_range');
      }
      if (partners) await checkPartners(partners, lab.organisationId);

      await prisma.$transaction(async (tx) => {
        // The version check and the write are one statement: of two edits of one version, the
        // second waits for the first's row lock, then finds the version moved and matches nothing.
        const { count } = await tx.lab.updateMany({
          where: { id, version },
          data: {
            ...fields,
            ...(startsOn === undefined ? {} : { startsOn: toDate(startsOn) }),
            ...(endsOn === undefined ? {} : { endsOn: toDate(endsOn) }),
            version: { increment: 1 },
          },
        });
        if (count === 0) throw versionConflict();
        if (partners) {
          await tx.labPartner.deleteMany({ where: { labId: id } });
          await tx.labPartner.createMany({
            data: partners.map((p) => ({ labId: id, organisationId: p.organisationId, role: p.role })),
          });
        }
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'lab.update',
          entityType: 'Lab',
          entityId: id,
          data: {
            version,
            fields: Object.keys(body).filter((k) => k !== 'version'),
            ...(body.status !== undefined && body.status !== lab.status ? { from: lab.status, to: body.status } : {}),
          },
          requestId,
        });
      });
      return toLab(viewer, await findVisible(viewer, id));
    },

    /** Curators take a lab off the public pages with a reason its organisation sees. */
    async unpublish(user: AuthUser, id: string, body: UnpublishBody, requestId: string): Promise<Lab> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisible(viewer, id);
      if (!viewer.curator) throw forbidden('Only curators unpublish labs');
      if (lab.unpublishedAt) throw new AppError('CONFLICT', 'The lab is already unpublished');
      await prisma.$transaction(async (tx) => {
        // Bumps the version so that an edit form opened before sees the change (and the reason).
        const { count } = await tx.lab.updateMany({
          where: { id, unpublishedAt: null },
          data: { unpublishedAt: new Date(), unpublishedReason: body.reason, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError('CONFLICT', 'The lab is already unpublished');
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'lab.unpublish',
          entityType: 'Lab',
          entityId: id,
          data: { reason: body.reason },
          requestId,
        });
      });
      return toLab(viewer, await findVisible(viewer, id));
    },

    async restore(user: AuthUser, id: string, body: UnpublishBody, requestId: string): Promise<Lab> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisible(viewer, id);
      if (!viewer.curator) throw forbidden('Only curators restore labs');
      if (!lab.unpublishedAt) throw new AppError('CONFLICT', 'The lab is not unpublished');
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.lab.updateMany({
          where: { id, unpublishedAt: { not: null } },
          data: { unpublishedAt: null, unpublishedReason: null, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError('CONFLICT', 'The lab is not unpublished');
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'lab.restore',
          entityType: 'Lab',
          entityId: id,
          data: { reason: body.reason },
          requestId,
        });
      });
      return toLab(viewer, await findVisible(viewer, id));
    },
  };
}

export type LabsService = ReturnType<typeof createLabsService>;
