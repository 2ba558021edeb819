import type {
  CreateMethodBody,
  CreateMethodCaseBody,
  ListMethodsQuery,
  Method,
  MethodCase,
  MethodList,
  MethodStart,
  MethodStep,
  MethodSummary,
  MethodUse,
  ModerateBody,
  ModerationAction,
  UpdateMethodBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { isCurator, loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { audit } from '../../lib/audit';
import { confirmedCompletionWhere } from '../../lib/completion';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { uniqueSlug } from '../../lib/slug';
import { organisationRef } from '../organisations/organisations.mappers';
import { partiesOf } from '../matches/matches.mappers';
import {
  indicatorInclude,
  suppressionsOfRows,
  toIndicator,
  toMeasurement,
  type IndicatorRow,
} from '../results/results.mappers';
import { evidenceLevel, placesOf, type EvidenceUse } from './method-evidence';

/** The library is curated and small; a cap keeps a runaway list bounded all the same. */
const LIBRARY_LIMIT = 200;

/** An unverified organisation's work is its own and the curators' until verified (decisions §24). */
const VERIFIED = { verification: 'VERIFIED' } as const;

/** Uses count only what the public may see: labs not unpublished, matches confirmed completed. */
const methodUsesInclude = {
  labs: {
    where: { lab: { unpublishedAt: null, organisation: VERIFIED } },
    include: { lab: { select: { id: true, name: true, municipalityCode: true, organisation: organisationRef } } },
    orderBy: { createdAt: 'asc' },
  },
  matches: {
    where: {
      match: {
        ...confirmedCompletionWhere,
        challenge: { unpublishedAt: null, organisation: VERIFIED },
        offering: { unpublishedAt: null, organisation: VERIFIED },
      },
    },
    include: {
      match: {
        select: {
          id: true,
          challenge: {
            select: {
              id: true,
              title: true,
              municipalityCode: true,
              organisationId: true,
              organisation: organisationRef,
            },
          },
          offering: { select: { title: true, organisationId: true } },
        },
      },
    },
    orderBy: { createdAt: 'asc' },
  },
} as const satisfies Prisma.MethodInclude;

type MethodRow = Prisma.MethodGetPayload<{ include: typeof methodUsesInclude }>;
type Tx = Prisma.TransactionClient;

/** Cases whose challenge and offering the public may still see, oldest first. */
const casesInclude = {
  where: {
    match: {
      challenge: { unpublishedAt: null, organisation: VERIFIED },
      offering: { unpublishedAt: null, organisation: VERIFIED },
    },
  },
  include: {
    match: {
      select: {
        id: true,
        challenge: { select: { id: true, title: true, municipalityCode: true, organisation: organisationRef } },
        offering: { select: { id: true, title: true } },
      },
    },
  },
  orderBy: { createdAt: 'asc' },
} as const satisfies Prisma.Method$casesArgs;

const isUuid = (text: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);

const invalid = (path: (string | number)[], message: string, code = 'invalid') =>
  new AppError('VALIDATION_FAILED', message, { part: 'body', issues: [{ path, message, code }] });

const stale = (currentVersion: number) =>
  new AppError('VERSION_CONFLICT', 'Someone else changed this method in the meantime; reload to see their changes', {
    currentVersion,
  });

/** The columns of a method from the form's fields (needs are four columns). */
function methodColumns(fields: Omit<Partial<CreateMethodBody>, 'fromCase'>): Prisma.MethodUncheckedUpdateInput {
  const { needs, steps, ...rest } = fields;
  return {
    ...rest,
    ...(steps ? { steps } : {}),
    ...(needs
      ? { needsTime: needs.time, needsRoles: needs.roles, needsPremises: needs.premises, needsCost: needs.cost }
      : {}),
  };
}

const hasFigure = (row: IndicatorRow) => row.measurements.some((m) => m.count !== null || m.value !== null);

export function createMethodsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** Public methods, and for curators also drafts and unpublished ones. */
  const visibleWhere = (viewer: Viewer): Prisma.MethodWhereInput =>
    viewer.curator ? {} : { status: 'PUBLISHED', unpublishedAt: null };

  /**
   * The indicators that are a use's results: those of the lab or match that name this method
   * or no method (an indicator naming another method is that method's evidence).
   */
  async function resultsOf(methods: MethodRow[]): Promise<IndicatorRow[]> {
    const labIds = methods.flatMap((m) => m.labs.map((l) => l.labId));
    const matchIds = methods.flatMap((m) => m.matches.map((u) => u.matchId));
    if (labIds.length === 0 && matchIds.length === 0) return [];
    return prisma.indicator.findMany({
      where: { OR: [{ labId: { in: labIds } }, { matchId: { in: matchIds } }] },
      include: indicatorInclude,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  function usesOf(method: MethodRow, indicators: IndicatorRow[]) {
    const counts = (row: IndicatorRow) => row.methodId === null || row.methodId === method.id;
    const labs = method.labs.map((used) => ({
      used,
      indicators: indicators.filter((i) => i.labId === used.labId && counts(i)),
    }));
    const matches = method.matches.map((used) => ({
      used,
      indicators: indicators.filter((i) => i.matchId === used.matchId && counts(i)),
    }));
    const evidence: EvidenceUse[] = [
      ...labs.map((l) => ({ municipalityCode: l.used.lab.municipalityCode, hasResults: l.indicators.some(hasFigure) })),
      ...matches.map((m) => ({
        municipalityCode: m.used.match.challenge.municipalityCode,
        hasResults: m.indicators.some(hasFigure),
      })),
    ];
    return { labs, matches, evidence };
  }

  function toSummary(method: MethodRow, evidence: EvidenceUse[]): MethodSummary {
    return {
      id: method.id,
      slug: method.slug,
      name: method.name,
      summary: method.summary,
      focusAreas: method.focusAreas,
      targetGroups: method.targetGroups,
      evidenceLevel: evidenceLevel(evidence),
      places: placesOf(evidence),
      status: method.status,
      unpublishedAt: method.unpublishedAt?.toISOString() ?? null,
    };
  }

  return {
    async list(query: ListMethodsQuery, user: AuthUser | undefined): Promise<MethodList> {
      const viewer = await loadViewer(prisma, user);
      const methods = await prisma.method.findMany({
        where: {
          ...visibleWhere(viewer),
          ...(query.focusArea ? { focusAreas: { has: query.focusArea } } : {}),
          ...(query.targetGroup ? { targetGroups: { has: query.targetGroup } } : {}),
        },
        include: methodUsesInclude,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        take: LIBRARY_LIMIT,
      });
      const indicators = await resultsOf(methods);
      return { items: methods.map((m) => toSummary(m, usesOf(m, indicators).evidence)) };
    },

    get,
    create,
    update,
    moderate,
    addCase,
  };

  async function get(idOrSlug: string, user: AuthUser | undefined): Promise<Method> {
    const viewer = await loadViewer(prisma, user);
    const method = await prisma.method.findFirst({
      where: { ...(isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug }), ...visibleWhere(viewer) },
      include: { ...methodUsesInclude, cases: casesInclude },
    });
    if (!method) throw notFound('The method');
    const [templates, startedFrom] = await Promise.all([
      prisma.indicator.findMany({
        where: { methodId: method.id, labId: null, matchId: null },
        include: indicatorInclude,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      startsOf(method.id, viewer),
    ]);
    const results = await resultsOf([method]);
    // Judged over every indicator of the labs and matches (all of them are loaded), not only
    // those of this method: the other parts of a named group may name another method.
    const suppressions = suppressionsOfRows(results);
    const { labs, matches, evidence } = usesOf(method, results);
    const read = { canRecord: false };
    const uses: MethodUse[] = [
      ...labs.map(({ used, indicators }) => {
        const insider = viewer.curator || viewer.organisationIds.includes(used.lab.organisation.id);
        return {
          kind: 'LAB' as const,
          id: used.lab.id,
          title: used.lab.name,
          labId: used.lab.id,
          challengeId: null,
          municipalityCode: used.lab.municipalityCode,
          organisation: used.lab.organisation,
          note: used.note,
          indicators: indicators.map((row) => toIndicator(row, { ...read, insider }, suppressions)),
        };
      }),
      ...matches.map(({ used, indicators }) => {
        const { challenge, offering } = used.match;
        const insider = partiesOf(viewer, challenge.organisationId, offering.organisationId).length > 0;
        return {
          kind: 'MATCH' as const,
          id: used.match.id,
          title: `${challenge.title} – ${offering.title}`,
          labId: null,
          challengeId: challenge.id,
          municipalityCode: challenge.municipalityCode,
          organisation: challenge.organisation,
          note: '',
          indicators: indicators.map((row) => toIndicator(row, { ...read, insider }, suppressions)),
        };
      }),
    ];
    return {
      ...toSummary(method, evidence),
      description: method.description,
      purpose: method.purpose,
      whenToUse: method.whenToUse,
      pitfalls: method.pitfalls,
      needs: {
        time: method.needsTime,
        roles: method.needsRoles,
        premises: method.needsPremises,
        cost: method.needsCost,
      },
      steps: method.steps as MethodStep[],
      perspectives: method.perspectives,
      uses,
      cases: method.cases.flatMap(toCase),
      indicatorTemplates: templates.map((row) =>
        toIndicator(row, { insider: true, canRecord: viewer.curator }, suppressionsOfRows(templates)),
      ),
      startedFrom,
      version: method.version,
      unpublishedReason: viewer.curator ? method.unpublishedReason : null,
      canEdit: viewer.curator,
    };
  }

  function toCase(row: Prisma.MethodCaseGetPayload<{ include: typeof casesInclude.include }>): MethodCase[] {
    const { match } = row;
    if (!match) return [];
    return [
      {
        id: row.id,
        summary: row.summary,
        matchId: match.id,
        challenge: { id: match.challenge.id, title: match.challenge.title },
        offering: { id: match.offering.id, title: match.offering.title },
        municipalityCode: match.challenge.municipalityCode,
        organisation: match.challenge.organisation,
        createdAt: row.createdAt.toISOString(),
      },
    ];
  }

  /**
   * The public challenges started from the method, each with the latest reading of every
   * indicator its lab measures for the method. Readings go through toMeasurement, so the
   * small-group rule applies here as on every other route.
   */
  async function startsOf(methodId: string, viewer: Viewer): Promise<MethodStart[]> {
    const starts = await prisma.challengeMethod.findMany({
      where: {
        methodId,
        startedFrom: true,
        challenge: { unpublishedAt: null, status: { not: 'DRAFT' }, organisation: VERIFIED },
      },
      include: {
        challenge: {
          select: {
            id: true,
            title: true,
            municipalityCode: true,
            organisationId: true,
            organisation: organisationRef,
            lab: { select: { id: true, unpublishedAt: true } },
          },
        },
      },
      orderBy: { createdAt: 'asc' },
      take: LIBRARY_LIMIT,
    });
    const labIds = starts.flatMap(({ challenge }) =>
      challenge.lab && challenge.lab.unpublishedAt === null ? [challenge.lab.id] : [],
    );
    // Every indicator of those labs, not only the method's: the small-group rule judges the
    // parts of a named group together, and the other parts may name another method.
    const labIndicators =
      labIds.length === 0
        ? []
        : await prisma.indicator.findMany({
            where: { labId: { in: labIds } },
            include: indicatorInclude,
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          });
    const suppressions = suppressionsOfRows(labIndicators);
    const indicators = labIndicators.filter((row) => row.methodId === methodId);
    return starts.map(({ challenge }) => {
      const insider = viewer.curator || viewer.organisationIds.includes(challenge.organisationId);
      const labId = challenge.lab?.unpublishedAt === null ? challenge.lab.id : null;
      return {
        challenge: { id: challenge.id, title: challenge.title },
        municipalityCode: challenge.municipalityCode,
        organisation: challenge.organisation,
        readings: indicators
          .filter((row) => labId !== null && row.labId === labId)
          .map((row) => {
            const last = row.measurements.at(-1);
            return {
              indicatorId: row.id,
              name: row.name,
              kind: row.kind,
              unit: row.unit,
              latest: last ? toMeasurement(last, suppressions, insider) : null,
            };
          }),
      };
    });
  }

  function requireCurator(user: AuthUser) {
    if (!isCurator(user)) throw forbidden('Only curators write the methods library');
  }

  /**
   * A case is drawn from a confirmed completion with at least one reading: a collaboration
   * that has not shown anything yet is no case for a method.
   */
  async function checkCase(db: Tx, body: CreateMethodCaseBody, field: (string | number)[]) {
    const match = await db.match.findUnique({
      where: { id: body.matchId },
      select: { state: true, _count: { select: { indicators: { where: { measurements: { some: {} } } } } } },
    });
    if (!match) throw invalid([...field, 'matchId'], 'No such match', 'unknown_match');
    if (match.state !== confirmedCompletionWhere.state) {
      throw new AppError('CONFLICT', 'Only a confirmed, completed collaboration becomes a method case', {
        state: match.state,
      });
    }
    if (match._count.indicators === 0) {
      throw new AppError('CONFLICT', 'Only a collaboration with measured results becomes a method case', {
        measured: false,
      });
    }
  }

  async function writeCase(tx: Tx, methodId: string, body: CreateMethodCaseBody, user: AuthUser, requestId: string) {
    // The match then names the method, so its results count as the method's evidence.
    await tx.matchMethod.createMany({ data: [{ matchId: body.matchId, methodId }], skipDuplicates: true });
    const created = await tx.methodCase.create({
      data: { methodId, matchId: body.matchId, summary: body.summary, createdById: user.id },
      select: { id: true },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'method.case',
      entityType: 'Method',
      entityId: methodId,
      data: { caseId: created.id, matchId: body.matchId },
      requestId,
    });
  }

  /** The method as a curator may write it: any status; 404 for a method that does not exist. */
  async function findForCurator(user: AuthUser, id: string) {
    requireCurator(user);
    const row = await prisma.method.findUnique({
      where: { id },
      select: { id: true, version: true, unpublishedAt: true },
    });
    if (!row) throw notFound('The method');
    return row;
  }

  async function create(user: AuthUser, body: CreateMethodBody, requestId: string): Promise<Method> {
    requireCurator(user);
    const { fromCase, ...fields } = body;
    const id = await prisma.$transaction(async (tx) => {
      if (fromCase) await checkCase(tx, fromCase, ['fromCase']);
      const slug = await uniqueSlug(body.name, async (candidate) =>
        Boolean(await tx.method.findUnique({ where: { slug: candidate }, select: { id: true } })),
      );
      const created = await tx.method.create({
        data: { ...(methodColumns(fields) as Prisma.MethodUncheckedCreateInput), name: body.name, slug },
        select: { id: true },
      });
      await audit(tx, {
        actorId: user.id,
        action: 'method.create',
        entityType: 'Method',
        entityId: created.id,
        data: { status: body.status, fromMatchId: fromCase?.matchId ?? null },
        requestId,
      });
      if (fromCase) await writeCase(tx, created.id, fromCase, user, requestId);
      return created.id;
    });
    return get(id, user);
  }

  async function update(user: AuthUser, id: string, body: UpdateMethodBody, requestId: string): Promise<Method> {
    const row = await findForCurator(user, id);
    if (body.version !== row.version) throw stale(row.version);
    const { version, ...fields } = body;
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.method.updateMany({
        where: { id, version },
        data: { ...(methodColumns(fields) as Prisma.MethodUncheckedUpdateManyInput), version: { increment: 1 } },
      });
      if (count === 0) throw stale(row.version);
      await audit(tx, {
        actorId: user.id,
        action: 'method.update',
        entityType: 'Method',
        entityId: id,
        data: { fields: Object.keys(fields) },
        requestId,
      });
    });
    return get(id, user);
  }

  /** Like every published kind: a reason, 409 when repeated or stale (lib/publishable.ts). */
  async function moderate(
    user: AuthUser,
    id: string,
    action: ModerationAction,
    body: ModerateBody,
    requestId: string,
  ): Promise<Method> {
    const row = await findForCurator(user, id);
    const unpublish = action === 'unpublish';
    const unpublished = row.unpublishedAt !== null;
    if (unpublish === unpublished) {
      const message = unpublished ? 'The method is already unpublished' : 'The method is not unpublished';
      throw new AppError('CONFLICT', message, { unpublished });
    }
    if (body.version !== row.version) throw stale(row.version);
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.method.updateMany({
        where: { id, version: body.version },
        data: {
          ...(unpublish
            ? { unpublishedAt: new Date(), unpublishedReason: body.reason }
            : { unpublishedAt: null, unpublishedReason: null }),
          version: { increment: 1 },
        },
      });
      if (count === 0) throw stale(row.version);
      await audit(tx, {
        actorId: user.id,
        action: `method.${action}`,
        entityType: 'Method',
        entityId: id,
        data: { reason: body.reason },
        requestId,
      });
    });
    return get(id, user);
  }

  async function addCase(user: AuthUser, id: string, body: CreateMethodCaseBody, requestId: string): Promise<Method> {
    await findForCurator(user, id);
    await prisma.$transaction(async (tx) => {
      await checkCase(tx, body, []);
      const existing = await tx.methodCase.findUnique({
        where: { methodId_matchId: { methodId: id, matchId: body.matchId } },
        select: { id: true },
      });
      if (existing)
        throw new AppError('CONFLICT', 'This match is already a case of the method', { caseId: existing.id });
      await writeCase(tx, id, body, user, requestId);
    });
    return get(id, user);
  }
}
