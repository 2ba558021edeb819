import {
  CHALLENGE_TRANSITIONS,
  type Challenge,
  type CreateChallengeBody,
  type UpdateChallengeBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { canEditAs, type AuthUser } from '../../lib/actor';
import type { Notifier, SuggestionQueue } from '../../lib/collaborators';
import { dateOnly, toDate } from '../../lib/dates';
import { AppError } from '../../lib/errors';
import { distinctValues } from '../../lib/faceted-search';
import { checkMethodIds } from '../../lib/method-names';
import { createPublishable } from '../../lib/publishable';
import { challengeDetailInclude, challengeInclude, toChallenge, toChallengeSummary } from './challenges.mappers';
import { searchChallenges } from './challenges.queries';

function invalidField(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, {
    part: 'body',
    issues: [{ path: [field], message, code: 'invalid' }],
  });
}

export function createChallengesService(deps: {
  prisma: PrismaClient;
  notifier: Notifier;
  suggestions: SuggestionQueue;
}) {
  const { prisma, notifier, suggestions } = deps;

  const challenges = createPublishable(
    prisma,
    {
      name: 'challenge',
      authorKind: 'HOUSING_COMPANY',
      find: (db, id) => db.challenge.findUnique({ where: { id }, include: challengeDetailInclude }),
      draftStatus: 'DRAFT',
      transitions: CHALLENGE_TRANSITIONS,
      updateVersion: (tx, id, version, changes: Prisma.ChallengeUncheckedUpdateManyInput) =>
        tx.challenge.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } }),
      present: (viewer, row): Challenge => toChallenge(row, canEditAs(viewer, row.organisationId)),
      changed: (tx, id, version) => suggestions.refresh(tx, { kind: 'challenge', id }, `v${version}`),
    },
    {
      search: searchChallenges,
      load: (db, ids) => db.challenge.findMany({ where: { id: { in: ids } }, include: challengeInclude }),
      summary: toChallengeSummary,
    },
  );

  /** A challenge's lab must be one of its own organisation's. */
  async function requireLabOf(labId: string | null | undefined, organisationId: string) {
    if (!labId) return;
    const lab = await prisma.lab.findUnique({ where: { id: labId }, select: { organisationId: true } });
    if (lab?.organisationId !== organisationId) {
      throw invalidField('labId', 'Choose one of your organisation’s labs');
    }
  }

  /**
   * A challenge started from a method measures in its lab: the lab names the method, and the
   * method's indicator templates become the lab's indicators, credited to the method, ready for
   * readings (decisions, "Start with this method").
   */
  async function startLabWithMethod(tx: Prisma.TransactionClient, labId: string, methodId: string) {
    await tx.labMethod.createMany({ data: [{ labId, methodId }], skipDuplicates: true });
    const templates = await tx.indicator.findMany({
      where: { methodId, labId: null, matchId: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    // A lab that already measures an indicator of the method by that name keeps its own.
    const existing = await tx.indicator.findMany({ where: { labId, methodId }, select: { name: true } });
    const taken = new Set(existing.map((i) => i.name));
    await tx.indicator.createMany({
      data: templates
        .filter((t) => !taken.has(t.name))
        .map((t) => ({
          labId,
          methodId,
          name: t.name,
          description: t.description,
          focusArea: t.focusArea,
          kind: t.kind,
          unit: t.unit,
          countsPeople: t.countsPeople,
          target: t.target,
          source: t.source,
          howMeasured: t.howMeasured,
          note: t.note,
        })),
    });
  }

  /** Replaces the methods a challenge names, keeping the mark of the one it was started from. */
  async function replaceChallengeMethods(tx: Prisma.TransactionClient, challengeId: string, methodIds: string[]) {
    await tx.challengeMethod.deleteMany({ where: { challengeId, methodId: { notIn: methodIds }, startedFrom: false } });
    await tx.challengeMethod.createMany({
      data: methodIds.map((methodId) => ({ challengeId, methodId })),
      skipDuplicates: true,
    });
  }

  return {
    async create(user: AuthUser, body: CreateChallengeBody, requestId: string): Promise<Challenge> {
      const { organisationId, labId, startsOn, endsOn, methodIds, startedFromMethodId, ...fields } = body;
      const named = distinctValues([...(startedFromMethodId ? [startedFromMethodId] : []), ...methodIds]);
      return challenges.create(user, requestId, {
        organisationId,
        recorded: { status: body.status, methodIds: named, startedFromMethodId },
        insert: async (tx) => {
          await requireLabOf(labId, organisationId);
          if (startedFromMethodId) {
            await checkMethodIds(tx, [startedFromMethodId], 'startedFromMethodId');
            if (!labId) throw invalidField('labId', 'Choose the lab where the method’s indicators will be measured');
          }
          await checkMethodIds(tx, methodIds);
          const created = await tx.challenge.create({
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
              methods: {
                create: named.map((methodId) => ({ methodId, startedFrom: methodId === startedFromMethodId })),
              },
            },
          });
          if (startedFromMethodId && labId) await startLabWithMethod(tx, labId, startedFromMethodId);
          return created;
        },
      });
    },

    list: challenges.list,

    get: challenges.get,

    update(user: AuthUser, id: string, body: UpdateChallengeBody, requestId: string): Promise<Challenge> {
      const { version: _version, status, labId, startsOn, endsOn, methodIds, ...fields } = body;
      let moved: { title: string; status: Challenge['status'] } | null = null;
      return challenges.edit(
        user,
        id,
        body,
        requestId,
        async (row) => {
          await requireLabOf(labId, row.organisationId);
          if (methodIds) await checkMethodIds(prisma, methodIds);
          const nextStarts = startsOn === undefined ? dateOnly(row.startsOn) : startsOn;
          const nextEnds = endsOn === undefined ? dateOnly(row.endsOn) : endsOn;
          if (nextStarts && nextEnds && nextStarts > nextEnds) {
            throw invalidField('endsOn', 'The end date is before the start date');
          }
          const goesPublic = status !== undefined && status !== 'DRAFT' && row.publishedAt === null;
          if (status !== undefined && status !== row.status && status !== 'DRAFT') {
            moved = { title: fields.title ?? row.title, status };
          }
          return {
            ...fields,
            ...(fields.targetGroups ? { targetGroups: distinctValues(fields.targetGroups) } : {}),
            ...(fields.neededSupportTypes ? { neededSupportTypes: distinctValues(fields.neededSupportTypes) } : {}),
            ...(status === undefined ? {} : { status }),
            ...(labId === undefined ? {} : { labId }),
            ...(startsOn === undefined ? {} : { startsOn: toDate(startsOn) }),
            ...(endsOn === undefined ? {} : { endsOn: toDate(endsOn) }),
            ...(goesPublic ? { publishedAt: new Date() } : {}),
          };
        },
        // Followers hear of a public status change (not of a draft's, which they cannot see).
        async (tx) => {
          if (methodIds) await replaceChallengeMethods(tx, id, methodIds);
          if (!moved) return;
          await notifier.followersOf(tx, {
            target: { kind: 'CHALLENGE', id },
            kind: 'CHALLENGE_STATUS_CHANGED',
            actorId: user.id,
            payload: { challengeId: id, challengeTitle: moved.title, challengeStatus: moved.status },
          });
        },
      );
    },

    moderate: challenges.moderate,
  };
}

export type ChallengesService = ReturnType<typeof createChallengesService>;
