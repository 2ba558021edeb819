import {
  OFFERING_TRANSITIONS,
  type CreateOfferingBody,
  type ListOfferingsQuery,
  type Offering,
  type OfferingList,
  type OfferingSummary,
  type UpdateOfferingBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { audit } from '../../lib/audit';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { distinctValues, inIdOrder } from '../../lib/faceted-search';
import { isVisible, loadViewer, type Viewer } from '../../lib/visibility';
import { isCurator, type AuthUser } from '../../plugins/auth';
import { queueSuggestionRefresh } from '../suggestions/suggestion-cache';
import { searchOfferings } from './offerings.queries';

export const offeringInclude = {
  organisation: { select: { id: true, name: true, slug: true, kind: true, verification: true } },
} as const;

export type OfferingRow = Prisma.OfferingGetPayload<{ include: typeof offeringInclude }>;

export function toOfferingSummary(o: OfferingRow): OfferingSummary {
  return {
    id: o.id,
    title: o.title,
    summary: o.summary,
    focusAreas: o.focusAreas,
    targetGroups: o.targetGroups,
    municipalityCodes: o.municipalityCodes,
    isNational: o.isNational,
    supportTypes: o.supportTypes,
    capacity: o.capacity,
    costModel: o.costModel,
    status: o.status,
    publishedAt: o.publishedAt?.toISOString() ?? null,
    unpublishedAt: o.unpublishedAt?.toISOString() ?? null,
    organisation: o.organisation,
  };
}

function toOffering(o: OfferingRow, canEdit: boolean): Offering {
  return {
    ...toOfferingSummary(o),
    description: o.description,
    capacityDescription: o.capacityDescription,
    costDescription: o.costDescription,
    evidence: o.evidence,
    unpublishedReason: o.unpublishedReason,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
    canEdit,
  };
}

const canEditAs = (viewer: Viewer, organisationId: string) =>
  viewer.user?.platformRole === 'ADMIN' || viewer.organisationIds.includes(organisationId);

export function createOfferingsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** Members of a local actor (and administrators) write its offerings; nobody else. */
  async function requireAuthor(user: AuthUser, organisationId: string) {
    const viewer = await loadViewer(prisma, user);
    const organisation = await prisma.organisation.findUnique({
      where: { id: organisationId },
      select: { kind: true },
    });
    if (!organisation) throw notFound('The organisation');
    if (!canEditAs(viewer, organisationId)) {
      throw forbidden('Only members of the organisation may write its offerings');
    }
    if (organisation.kind !== 'LOCAL_ACTOR') throw forbidden('Only local actors publish offerings');
    return viewer;
  }

  /** The offering as the viewer may see it, or 404 (a hidden one must not be told apart from none). */
  async function findVisible(viewer: Viewer, id: string): Promise<OfferingRow> {
    const row = await prisma.offering.findUnique({ where: { id }, include: offeringInclude });
    if (!row || !isVisible(viewer, { ...row, isDraft: row.status === 'DRAFT' })) throw notFound('The offering');
    return row;
  }

  async function reload(id: string, viewer: Viewer): Promise<Offering> {
    const row = await prisma.offering.findUniqueOrThrow({ where: { id }, include: offeringInclude });
    return toOffering(row, canEditAs(viewer, row.organisationId));
  }

  async function moderate(user: AuthUser, id: string, reason: string | null, requestId: string) {
    if (!isCurator(user)) throw forbidden('Only curators unpublish and restore');
    const viewer = await loadViewer(prisma, user);
    const row = await findVisible(viewer, id);
    await prisma.$transaction(async (tx) => {
      const moderated = await tx.offering.update({
        where: { id },
        data: {
          unpublishedAt: reason === null ? null : new Date(),
          unpublishedReason: reason,
          version: { increment: 1 },
        },
        select: { version: true },
      });
      await queueSuggestionRefresh(tx, { kind: 'offering', id }, `v${moderated.version}`);
      await audit(tx, {
        actorId: user.id,
        organisationId: row.organisationId,
        action: reason === null ? 'offering.restore' : 'offering.unpublish',
        entityType: 'Offering',
        entityId: id,
        ...(reason === null ? {} : { data: { reason } }),
        requestId,
      });
    });
    return reload(id, viewer);
  }

  return {
    async create(user: AuthUser, body: CreateOfferingBody, requestId: string): Promise<Offering> {
      const viewer = await requireAuthor(user, body.organisationId);
      const created = await prisma.$transaction(async (tx) => {
        const row = await tx.offering.create({
          data: {
            ...body,
            focusAreas: distinctValues(body.focusAreas),
            targetGroups: distinctValues(body.targetGroups),
            supportTypes: distinctValues(body.supportTypes),
            municipalityCodes: distinctValues(body.municipalityCodes),
            publishedAt: body.status === 'DRAFT' ? null : new Date(),
            createdById: user.id,
          },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: body.organisationId,
          action: 'offering.create',
          entityType: 'Offering',
          entityId: row.id,
          data: { status: row.status },
          requestId,
        });
        await queueSuggestionRefresh(tx, { kind: 'offering', id: row.id }, `v${row.version}`);
        return row;
      });
      return reload(created.id, viewer);
    },

    async list(query: ListOfferingsQuery, user: AuthUser | undefined): Promise<OfferingList> {
      const viewer = await loadViewer(prisma, user);
      const result = await searchOfferings(prisma, viewer, query);
      const rows = await prisma.offering.findMany({ where: { id: { in: result.ids } }, include: offeringInclude });
      const items = inIdOrder(result.ids, rows, toOfferingSummary);
      return {
        items,
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        nextCursor: result.nextCursor,
        facets: result.facets,
      };
    },

    async get(id: string, user: AuthUser | undefined): Promise<Offering> {
      const viewer = await loadViewer(prisma, user);
      const row = await findVisible(viewer, id);
      return toOffering(row, canEditAs(viewer, row.organisationId));
    },

    async update(user: AuthUser, id: string, body: UpdateOfferingBody, requestId: string): Promise<Offering> {
      const viewer = await loadViewer(prisma, user);
      const row = await findVisible(viewer, id);
      await requireAuthor(user, row.organisationId);
      if (body.version !== row.version) {
        throw new AppError('VERSION_CONFLICT', 'Someone else changed this offering; reload to see their changes', {
          currentVersion: row.version,
        });
      }
      const { version, status, municipalityCodes, ...fields } = body;
      if (status !== undefined && status !== row.status && !OFFERING_TRANSITIONS[row.status].includes(status)) {
        throw new AppError('CONFLICT', `An offering cannot go from ${row.status} to ${status}`, {
          from: row.status,
          to: status,
        });
      }
      const nextNational = fields.isNational ?? row.isNational;
      const nextCodes = municipalityCodes === undefined ? row.municipalityCodes : distinctValues(municipalityCodes);
      if (!nextNational && nextCodes.length === 0) {
        const message = 'Choose the municipalities you work in, or national reach';
        throw new AppError('VALIDATION_FAILED', message, {
          part: 'body',
          issues: [{ path: ['municipalityCodes'], message, code: 'invalid' }],
        });
      }
      const goesPublic = status !== undefined && status !== 'DRAFT' && row.publishedAt === null;

      await prisma.$transaction(async (tx) => {
        // The version in the WHERE makes a concurrent edit of the same version lose (0 rows).
        const updated = await tx.offering.updateMany({
          where: { id, version },
          data: {
            ...fields,
            ...(fields.focusAreas ? { focusAreas: distinctValues(fields.focusAreas) } : {}),
            ...(fields.targetGroups ? { targetGroups: distinctValues(fields.targetGroups) } : {}),
            ...(fields.supportTypes ? { supportTypes: distinctValues(fields.supportTypes) } : {}),
            ...(status === undefined ? {} : { status }),
            ...(municipalityCodes === undefined ? {} : { municipalityCodes: nextCodes }),
            ...(goesPublic ? { publishedAt: new Date() } : {}),
            version: { increment: 1 },
          },
        });
        if (updated.count === 0) {
          throw new AppError('VERSION_CONFLICT', 'Someone else changed this offering; reload to see their changes');
        }
        await audit(tx, {
          actorId: user.id,
          organisationId: row.organisationId,
          action: status !== undefined && status !== row.status ? 'offering.status' : 'offering.update',
          entityType: 'Offering',
          entityId: id,
          data: {
            fields: Object.keys(body).filter((k) => k !== 'version'),
            ...(status !== undefined && status !== row.status ? { from: row.status, to: status } : {}),
          },
          requestId,
        });
        await queueSuggestionRefresh(tx, { kind: 'offering', id }, `v${version + 1}`);
      });
      return reload(id, viewer);
    },

    unpublish(user: AuthUser, id: string, reason: string, requestId: string) {
      return moderate(user, id, reason, requestId);
    },

    restore(user: AuthUser, id: string, requestId: string) {
      return moderate(user, id, null, requestId);
    },
  };
}
