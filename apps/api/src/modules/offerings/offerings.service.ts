import {
  OFFERING_TRANSITIONS,
  type CreateOfferingBody,
  type Offering,
  type UpdateOfferingBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { canEditAs, type AuthUser } from '../../lib/actor';
import type { SuggestionQueue } from '../../lib/collaborators';
import { AppError } from '../../lib/errors';
import { distinctValues } from '../../lib/faceted-search';
import { createPublishable } from '../../lib/publishable';
import { offeringInclude, toOffering, toOfferingSummary } from './offerings.mappers';
import { searchOfferings } from './offerings.queries';

const NO_PLACE = 'Choose the municipalities you work in, or national reach';

export function createOfferingsService(deps: { prisma: PrismaClient; suggestions: SuggestionQueue }) {
  const { prisma, suggestions } = deps;

  const offerings = createPublishable(
    prisma,
    {
      name: 'offering',
      authorKind: 'LOCAL_ACTOR',
      find: (db, id) => db.offering.findUnique({ where: { id }, include: offeringInclude }),
      draftStatus: 'DRAFT',
      transitions: OFFERING_TRANSITIONS,
      updateVersion: (tx, id, version, changes: Prisma.OfferingUncheckedUpdateManyInput) =>
        tx.offering.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } }),
      present: (viewer, row): Offering => toOffering(row, canEditAs(viewer, row.organisationId)),
      changed: (tx, id, version) => suggestions.refresh(tx, { kind: 'offering', id }, `v${version}`),
    },
    {
      search: searchOfferings,
      load: (db, ids) => db.offering.findMany({ where: { id: { in: ids } }, include: offeringInclude }),
      summary: toOfferingSummary,
    },
  );

  return {
    create(user: AuthUser, body: CreateOfferingBody, requestId: string): Promise<Offering> {
      return offerings.create(user, requestId, {
        organisationId: body.organisationId,
        recorded: { status: body.status },
        insert: (tx) =>
          tx.offering.create({
            data: {
              ...body,
              focusAreas: distinctValues(body.focusAreas),
              targetGroups: distinctValues(body.targetGroups),
              supportTypes: distinctValues(body.supportTypes),
              municipalityCodes: distinctValues(body.municipalityCodes),
              publishedAt: body.status === 'DRAFT' ? null : new Date(),
              createdById: user.id,
            },
          }),
      });
    },

    list: offerings.list,

    get: offerings.get,

    update(user: AuthUser, id: string, body: UpdateOfferingBody, requestId: string): Promise<Offering> {
      const { version: _version, status, municipalityCodes, ...fields } = body;
      return offerings.edit(user, id, body, requestId, (row) => {
        const national = fields.isNational ?? row.isNational;
        const codes = municipalityCodes === undefined ? row.municipalityCodes : distinctValues(municipalityCodes);
        if (!national && codes.length === 0) {
          throw new AppError('VALIDATION_FAILED', NO_PLACE, {
            part: 'body',
            issues: [{ path: ['municipalityCodes'], message: NO_PLACE, code: 'invalid' }],
          });
        }
        return {
          ...fields,
          ...(fields.focusAreas ? { focusAreas: distinctValues(fields.focusAreas) } : {}),
          ...(fields.targetGroups ? { targetGroups: distinctValues(fields.targetGroups) } : {}),
          ...(fields.supportTypes ? { supportTypes: distinctValues(fields.supportTypes) } : {}),
          ...(status === undefined ? {} : { status }),
          ...(municipalityCodes === undefined ? {} : { municipalityCodes: codes }),
          // The first step out of DRAFT is the publication.
          ...(status !== undefined && status !== 'DRAFT' && row.publishedAt === null
            ? { publishedAt: new Date() }
            : {}),
        };
      });
    },

    moderate: offerings.moderate,
  };
}

export type OfferingsService = ReturnType<typeof createOfferingsService>;
