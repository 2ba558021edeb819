import {
  CHALLENGE_TRANSITIONS,
  type Challenge,
  type ChallengeList,
  type ChallengeSummary,
  type CreateChallengeBody,
  type ListChallengesQuery,
  type UpdateChallengeBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { audit } from '../../lib/audit';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { distinctValues, inIdOrder } from '../../lib/faceted-search';
import { isVisible, loadViewer, type Viewer } from '../../lib/visibility';
import { isCurator, type AuthUser } from '../../plugins/auth';
import { queueSuggestionRefresh } from '../suggestions/suggestion-cache';
import { searchChallenges } from './challenges.queries';

export const challengeInclude = {
  organisation: { select: { id: true, name: true, slug: true, kind: true, verification: true } },
  lab: { select: { id: true, name: true, slug: true, neighbourhood: true } },
} as const;

export type ChallengeRow = Prisma.ChallengeGetPayload<{ include: typeof challengeInclude }>;

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const toDate = (s: string | null) => (s === null ? null : new Date(`${s}T00:00:00Z`));

export function toChallengeSummary(c: ChallengeRow): ChallengeSummary {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    focusArea: c.focusArea,
    targetGroups: c.targetGroups,
    municipalityCode: c.municipalityCode,
    neighbourhood: c.neighbourhood,
    neededSupportTypes: c.neededSupportTypes,
    bringsPremises: c.bringsPremises,
    bringsFunding: c.bringsFunding,
    bringsStaff: c.bringsStaff,
    status: c.status,
    startsOn: dateOnly(c.startsOn),
    endsOn: dateOnly(c.endsOn),
    publishedAt: c.publishedAt?.toISOString() ?? null,
    unpublishedAt: c.unpublishedAt?.toISOString() ?? null,
    lab: c.lab,
    organisation: c.organisation,
  };
}

function toChallenge(c: ChallengeRow, canEdit: boolean): Challenge {
  return {
    ...toChallengeSummary(c),
    description: c.description,
    desiredOutcome: c.desiredOutcome,
    bringsDescription: c.bringsDescription,
    unpublishedReason: c.unpublishedReason,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
    canEdit,
  };
}

function invalidField(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, {
    part: 'body',
    issues: [{ path: [field], message, code: 'invalid' }],
  });
}

const canEditAs = (viewer: Viewer, organisationId: string) =>
  viewer.user?.platformRole === 'ADMIN' || viewer.organisationIds.includes(organisationId);

export function createChallengesService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** Members of a housing company (and administrators) write its challenges; nobody else. */
  async function requireAuthor(user: AuthUser, organisationId: string) {
    const viewer = await loadViewer(prisma, user);
    const organisation = await prisma.organisation.findUnique({
      where: { id: organisationId },
      select: { kind: true },
    });
    if (!organisation) throw notFound('The organisation');
    if (!canEditAs(viewer, organisationId)) {
      throw forbidden('Only members of the organisation may write its challenges');
    }
    if (organisation.kind !== 'HOUSING_COMPANY') throw forbidden('Only housing companies post challenges');
    return viewer;
  }

  async function requireLabOf(labId: string | null | undefined, organisationId: string) {
    if (!labId) return;
    const lab = await prisma.lab.findUnique({ where: { id: labId }, select: { organisationId: true } });
    if (lab?.organisationId !== organisationId) {
      throw invalidField('labId', 'Choose one of your organisation’s labs');
    }
  }

  /** The challenge as the viewer may see it, or 404 (a hidden one must not be told apart from none). */
  async function findVisible(viewer: Viewer, id: string): Promise<ChallengeRow> {
    const row = await prisma.challenge.findUnique({ where: { id }, include: challengeInclude });
    if (!row || !isVisible(viewer, { ...row, isDraft: row.status === 'DRAFT' })) throw notFound('The challenge');
    return row;
  }

  async function reload(id: string, viewer: Viewer): Promise<Challenge> {
    const row = await prisma.challenge.findUniqueOrThrow({ where: { id }, include: challengeInclude });
    return toChallenge(row, canEditAs(viewer, row.organisationId));
  }

  /** Curators' moderation: one conditional update and its audit row. */
  async function moderate(user: AuthUser, id: string, reason: string | null, requestId: string) {
    if (!isCurator(user)) throw forbidden('Only curators unpublish and restore');
    const viewer = await loadViewer(prisma, user);
    const row = await findVisible(viewer, id);
    await prisma.$transaction(async (tx) => {
      const moderated = await tx.challenge.update({
        where: { id },
        data: {
          unpublishedAt: reason === null ? null : new Date(),
          unpublishedReason: reason,
          version: { increment: 1 },
        },
        select: { version: true },
      });
      await queueSuggestionRefresh(tx, { kind: 'challenge', id }, `v${moderated.version}`);
      await audit(tx, {
        actorId: user.id,
        organisationId: row.organisationId,
        action: reason === null ? 'challenge.restore' : 'challenge.unpublish',
        entityType: 'Challenge',
        entityId: id,
        ...(reason === null ? {} : { data: { reason } }),
        requestId,
      });
    });
    return reload(id, viewer);
  }

  return {
    async create(user: AuthUser, body: CreateChallengeBody, requestId: string): Promise<Challenge> {
      const viewer = await requireAuthor(user, body.organisationId);
      await requireLabOf(body.labId, body.organisationId);
      const { organisationId, labId, startsOn, endsOn, ...fields } = body;
      const created = await prisma.$transaction(async (tx) => {
        const row = await tx.challenge.create({
          data: {
            ...fields,
            targetGroups: distinctValues(fields.targetGroups),
            neededSupportTypes: distinctValues(fields.neededSupportTypes),
            organisationId,
            labId,
            startsOn: toDate(startsOn),
            endsOn: toDate(endsOn),
            publishedAt: body.status === 'DRAFT' ? null : new Date(),
            createdById: user.id,
          },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId,
          action: 'challenge.create',
          entityType: 'Challenge',
          entityId: row.id,
          data: { status: row.status },
          requestId,
        });
        await queueSuggestionRefresh(tx, { kind: 'challenge', id: row.id }, `v${row.version}`);
        return row;
      });
      return reload(created.id, viewer);
    },

    async list(query: ListChallengesQuery, user: AuthUser | undefined): Promise<ChallengeList> {
      const viewer = await loadViewer(prisma, user);
      const result = await searchChallenges(prisma, viewer, query);
      const rows = await prisma.challenge.findMany({ where: { id: { in: result.ids } }, include: challengeInclude });
      const items = inIdOrder(result.ids, rows, toChallengeSummary);
      return {
        items,
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        nextCursor: result.nextCursor,
        facets: result.facets,
      };
    },

    async get(id: string, user: AuthUser | undefined): Promise<Challenge> {
      const viewer = await loadViewer(prisma, user);
      const row = await findVisible(viewer, id);
      return toChallenge(row, canEditAs(viewer, row.organisationId));
    },

    async update(user: AuthUser, id: string, body: UpdateChallengeBody, requestId: string): Promise<Challenge> {
      const viewer = await loadViewer(prisma, user);
      const row = await findVisible(viewer, id);
      await requireAuthor(user, row.organisationId);
      if (body.version !== row.version) {
        throw new AppError('VERSION_CONFLICT', 'Someone else changed this challenge; reload to see their changes', {
          currentVersion: row.version,
        });
      }
      const { version, status, labId, startsOn, endsOn, ...fields } = body;
      if (status !== undefined && status !== row.status && !CHALLENGE_TRANSITIONS[row.status].includes(status)) {
        throw new AppError('CONFLICT', `A challenge cannot go from ${row.status} to ${status}`, {
          from: row.status,
          to: status,
        });
      }
      await requireLabOf(labId, row.organisationId);
      const nextStarts = startsOn === undefined ? dateOnly(row.startsOn) : startsOn;
      const nextEnds = endsOn === undefined ? dateOnly(row.endsOn) : endsOn;
      if (nextStarts && nextEnds && nextStarts > nextEnds) {
        throw invalidField('endsOn', 'The end date is before the start date');
      }
      const goesPublic = status !== undefined && status !== 'DRAFT' && row.publishedAt === null;

      await prisma.$transaction(async (tx) => {
        // The version in the WHERE makes a concurrent edit of the same version lose (0 rows).
        const updated = await tx.challenge.updateMany({
          where: { id, version },
          data: {
            ...fields,
            ...(fields.targetGroups ? { targetGroups: distinctValues(fields.targetGroups) } : {}),
            ...(fields.neededSupportTypes ? { neededSupportTypes: distinctValues(fields.neededSupportTypes) } : {}),
            ...(status === undefined ? {} : { status }),
            ...(labId === undefined ? {} : { labId }),
            ...(startsOn === undefined ? {} : { startsOn: toDate(startsOn) }),
            ...(endsOn === undefined ? {} : { endsOn: toDate(endsOn) }),
            ...(goesPublic ? { publishedAt: new Date() } : {}),
            version: { increment: 1 },
          },
        });
        if (updated.count === 0) {
          throw new AppError('VERSION_CONFLICT', 'Someone else changed this challenge; reload to see their changes');
        }
        await audit(tx, {
          actorId: user.id,
          organisationId: row.organisationId,
          action: status !== undefined && status !== row.status ? 'challenge.status' : 'challenge.update',
          entityType: 'Challenge',
          entityId: id,
          data: {
            fields: Object.keys(body).filter((k) => k !== 'version'),
            ...(status !== undefined && status !== row.status ? { from: row.status, to: status } : {}),
          },
          requestId,
        });
        await queueSuggestionRefresh(tx, { kind: 'challenge', id }, `v${version + 1}`);
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
