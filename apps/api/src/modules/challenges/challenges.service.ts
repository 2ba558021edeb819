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

  return {
    async create(user: AuthUser, body: CreateChallengeBody, requestId: string): Promise<Challenge> {
      const { organisationId, labId, startsOn, endsOn, ...fields } = body;
      return challenges.create(user, requestId, {
        organisationId,
        recorded: { status: body.status },
        insert: async (tx) => {
          await requireLabOf(labId, organisationId);
          return tx.challenge.create({
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
        },
      });
    },

    list: challenges.list,

    get: challenges.get,

    update(user: AuthUser, id: string, body: UpdateChallengeBody, requestId: string): Promise<Challenge> {
      const { version: _version, status, labId, startsOn, endsOn, ...fields } = body;
      let moved: { title: string; status: Challenge['status'] } | null = null;
      return challenges.edit(
        user,
        id,
        body,
        requestId,
        async (row) => {
          await requireLabOf(labId, row.organisationId);
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
