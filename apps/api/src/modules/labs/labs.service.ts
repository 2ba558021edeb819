import { LAB_TRANSITIONS, type CreateLabBody, type Lab, type UpdateLabBody } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { canEditAs, type AuthUser, type Viewer } from '../../lib/actor';
import { dateOnly, toDate } from '../../lib/dates';
import { AppError } from '../../lib/errors';
import { inIdOrder } from '../../lib/faceted-search';
import { checkMethodIds } from '../../lib/method-names';
import { createPublishable } from '../../lib/publishable';
import { uniqueSlug } from '../../lib/slug';
import { challengeInclude, toChallengeSummary } from '../challenges/challenges.mappers';
import { labDetailInclude, labInclude, toLab, toLabSummary, type LabDetailRow } from './labs.mappers';
import { searchLabs, visibleLabChallengeIds } from './labs.queries';

function invalidBody(path: (string | number)[], message: string, code: string) {
  return new AppError('VALIDATION_FAILED', message, { part: 'body', issues: [{ path, message, code }] });
}

export function createLabsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** The lab with the challenges in it that the reader may see. */
  async function present(viewer: Viewer, lab: LabDetailRow): Promise<Lab> {
    const ids = await visibleLabChallengeIds(prisma, viewer, lab.id);
    const rows = await prisma.challenge.findMany({ where: { id: { in: ids } }, include: challengeInclude });
    return toLab(lab, inIdOrder(ids, rows, toChallengeSummary), canEditAs(viewer, lab.organisationId));
  }

  const labs = createPublishable(
    prisma,
    {
      name: 'lab',
      authorKind: 'HOUSING_COMPANY',
      find: (db, id) => db.lab.findUnique({ where: { id }, include: labDetailInclude }),
      // No draftStatus: labs are hidden only when a curator unpublished them.
      transitions: LAB_TRANSITIONS,
      updateVersion: (tx, id, version, changes: Prisma.LabUncheckedUpdateManyInput) =>
        tx.lab.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } }),
      present,
    },
    {
      search: searchLabs,
      load: (db, ids) => db.lab.findMany({ where: { id: { in: ids } }, include: labInclude }),
      summary: toLabSummary,
    },
  );

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
    const found = await prisma.organisation.findMany({ where: { id: { in: [...seen] } }, select: { id: true } });
    const known = new Set(found.map((o) => o.id));
    const unknown = partners.findIndex((p) => !known.has(p.organisationId));
    if (unknown >= 0) {
      throw invalidBody(['partners', unknown, 'organisationId'], 'No such organisation', 'unknown_organisation');
    }
  }

  return {
    list: labs.list,

    get: labs.get,

    create(user: AuthUser, body: CreateLabBody, requestId: string): Promise<Lab> {
      const { organisationId, partners, startsOn, endsOn, methodIds, ...fields } = body;
      return labs.create(user, requestId, {
        organisationId,
        recorded: { status: body.status, partners: partners.map((p) => p.organisationId), methodIds },
        insert: async (tx) => {
          await checkPartners(partners, organisationId);
          await checkMethodIds(tx, methodIds);
          const slug = await uniqueSlug(body.name, async (candidate) =>
            Boolean(await tx.lab.findUnique({ where: { slug: candidate }, select: { id: true } })),
          );
          return tx.lab.create({
            data: {
              ...fields,
              organisationId,
              slug,
              startsOn: toDate(startsOn),
              endsOn: toDate(endsOn),
              partners: { create: partners.map((p) => ({ organisationId: p.organisationId, role: p.role })) },
              methods: { create: methodIds.map((methodId) => ({ methodId })) },
            },
            select: { id: true, version: true },
          });
        },
      });
    },

    update(user: AuthUser, id: string, body: UpdateLabBody, requestId: string): Promise<Lab> {
      const { version: _version, partners, startsOn, endsOn, methodIds, ...fields } = body;
      return labs.edit(
        user,
        id,
        body,
        requestId,
        async (lab) => {
          const starts = startsOn === undefined ? dateOnly(lab.startsOn) : startsOn;
          const ends = endsOn === undefined ? dateOnly(lab.endsOn) : endsOn;
          if (starts && ends && starts > ends) {
            throw invalidBody(['endsOn'], 'The end date is before the start date', 'date_range');
          }
          if (partners) await checkPartners(partners, lab.organisationId);
          if (methodIds) await checkMethodIds(prisma, methodIds);
          return {
            ...fields,
            ...(startsOn === undefined ? {} : { startsOn: toDate(startsOn) }),
            ...(endsOn === undefined ? {} : { endsOn: toDate(endsOn) }),
          };
        },
        async (tx) => {
          if (methodIds) {
            // The notes of methods it keeps stay.
            await tx.labMethod.deleteMany({ where: { labId: id, methodId: { notIn: methodIds } } });
            await tx.labMethod.createMany({
              data: methodIds.map((methodId) => ({ labId: id, methodId })),
              skipDuplicates: true,
            });
          }
          if (!partners) return;
          await tx.labPartner.deleteMany({ where: { labId: id } });
          await tx.labPartner.createMany({
            data: partners.map((p) => ({ labId: id, organisationId: p.organisationId, role: p.role })),
          });
        },
      );
    },

    moderate: labs.moderate,
  };
}

export type LabsService = ReturnType<typeof createLabsService>;
