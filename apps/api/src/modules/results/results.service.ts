import {
  indicatorIssues,
  readingIssues,
  type CreateIndicatorBody,
  type Indicator,
  type IndicatorList,
  type RecordMeasurementBody,
  type UpdateIndicatorBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { canEditAs, loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { audit } from '../../lib/audit';
import { dateOnly, toDate } from '../../lib/dates';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { isVisible } from '../../lib/visibility';
import { partiesOf } from '../matches/matches.mappers';
import {
  groupSiblingsWhere,
  indicatorInclude,
  suppressionsOfRows,
  toIndicator,
  type IndicatorRow,
} from './results.mappers';

/** What an indicator's reader may do: see the figures whole, and write. */
interface Access {
  insider: boolean;
  canRecord: boolean;
  /** The organisation audit rows are filed under (none for a method's templates). */
  organisationId: string | null;
}

/** A lab's or a match's indicators, or a method's templates (no lab, no match, never measured). */
type Owner = { labId: string } | { matchId: string } | { methodId: string };

const ownerWhere = (owner: Owner) => ('methodId' in owner ? { ...owner, labId: null, matchId: null } : owner);

function invalid(issues: { path: string[]; message: string }[]) {
  return new AppError('VALIDATION_FAILED', issues[0]?.message ?? 'Invalid', {
    part: 'body',
    issues: issues.map((i) => ({ ...i, code: 'custom' })),
  });
}

/** Today in Sweden, as a calendar date: a reading cannot be from a later day. */
function todayInSweden(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

export function createResultsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** A lab's indicators are as visible as the lab; its members and curators are insiders. */
  async function labAccess(viewer: Viewer, labId: string): Promise<Access> {
    const lab = await prisma.lab.findUnique({
      where: { id: labId },
      select: { organisationId: true, unpublishedAt: true, organisation: { select: { verification: true } } },
    });
    if (!lab || !isVisible(viewer, lab)) throw notFound('The lab');
    const member = canEditAs(viewer, lab.organisationId);
    return {
      insider: member || viewer.curator,
      canRecord: member || viewer.curator,
      organisationId: lab.organisationId,
    };
  }

  /** A match's indicators exist only for its parties and curators, like the match itself. */
  async function matchAccess(viewer: Viewer, matchId: string): Promise<Access> {
    const match = await prisma.match.findUnique({
      where: { id: matchId },
      select: { challenge: { select: { organisationId: true } }, offering: { select: { organisationId: true } } },
    });
    const parties = match ? partiesOf(viewer, match.challenge.organisationId, match.offering.organisationId) : [];
    if (!match || parties.length === 0) throw notFound('The match');
    return { insider: true, canRecord: true, organisationId: match.challenge.organisationId };
  }

  /**
   * A method's indicator templates are as visible as the method; curators write them. They hold
   * no readings, so there is nothing for the small-group rule to withhold.
   */
  async function methodAccess(viewer: Viewer, methodId: string): Promise<Access> {
    const method = await prisma.method.findUnique({
      where: { id: methodId },
      select: { status: true, unpublishedAt: true },
    });
    const visible = method && (viewer.curator || (method.status === 'PUBLISHED' && method.unpublishedAt === null));
    if (!visible) throw notFound('The method');
    return { insider: viewer.curator, canRecord: viewer.curator, organisationId: null };
  }

  async function ownerAccess(viewer: Viewer, owner: Owner): Promise<Access> {
    if ('methodId' in owner) return methodAccess(viewer, owner.methodId);
    return 'labId' in owner ? labAccess(viewer, owner.labId) : matchAccess(viewer, owner.matchId);
  }

  /** The indicator with the reader's access; 404 when the reader may not see its lab or match. */
  async function findIndicator(viewer: Viewer, id: string): Promise<{ row: IndicatorRow; access: Access }> {
    const row = await prisma.indicator.findUnique({ where: { id }, include: indicatorInclude });
    // A method's own indicators (no lab, no match) are its templates.
    const owner: Owner | null = row?.labId
      ? { labId: row.labId }
      : row?.matchId
        ? { matchId: row.matchId }
        : row?.methodId
          ? { methodId: row.methodId }
          : null;
    if (!row || !owner) throw notFound('The indicator');
    return { row, access: await ownerAccess(viewer, owner) };
  }

  async function requireRecorder(user: AuthUser, id: string) {
    const viewer = await loadViewer(prisma, user);
    const found = await findIndicator(viewer, id);
    if (!found.access.canRecord) throw forbidden('Only the lab’s members and curators record its results');
    return { viewer, ...found };
  }

  /** The rows with the other parts of their named groups, judged together by the small-group rule. */
  async function suppressionsFor(rows: IndicatorRow[]) {
    const where = groupSiblingsWhere(rows);
    const siblings = where ? await prisma.indicator.findMany({ where, include: indicatorInclude }) : [];
    return suppressionsOfRows([...rows, ...siblings]);
  }

  async function present(viewer: Viewer, id: string): Promise<Indicator> {
    const { row, access } = await findIndicator(viewer, id);
    return toIndicator(row, access, await suppressionsFor([row]));
  }

  async function checkMethod(methodId: string | null | undefined) {
    if (!methodId) return;
    const method = await prisma.method.findUnique({ where: { id: methodId }, select: { id: true } });
    if (!method) throw invalid([{ path: ['methodId'], message: 'No such method' }]);
  }

  function checkBaselineDate(baselineOn: string | null | undefined) {
    if (baselineOn && baselineOn > todayInSweden()) {
      throw invalid([{ path: ['baselineOn'], message: 'The baseline cannot be from a later day than today' }]);
    }
  }

  return {
    async list(owner: Owner, user: AuthUser | undefined): Promise<IndicatorList> {
      const viewer = await loadViewer(prisma, user);
      const access = await ownerAccess(viewer, owner);
      const rows = await prisma.indicator.findMany({
        where: ownerWhere(owner),
        include: indicatorInclude,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const suppressions = await suppressionsFor(rows);
      return { items: rows.map((row) => toIndicator(row, access, suppressions)), canAdd: access.canRecord };
    },

    async create(owner: Owner, user: AuthUser, body: CreateIndicatorBody, requestId: string): Promise<Indicator> {
      const viewer = await loadViewer(prisma, user);
      const access = await ownerAccess(viewer, owner);
      if (!access.canRecord) throw forbidden('Only the lab’s members and curators add its indicators');
      if ('methodId' in owner && body.methodId !== null && body.methodId !== owner.methodId) {
        throw invalid([{ path: ['methodId'], message: 'A method’s suggested indicator measures that method' }]);
      }
      await checkMethod(body.methodId);
      checkBaselineDate(body.baselineOn);
      const { baselineOn, ...fields } = body;
      const id = await prisma.$transaction(async (tx) => {
        const created = await tx.indicator.create({
          data: { ...fields, ...owner, baselineOn: toDate(baselineOn) },
          select: { id: true },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: access.organisationId,
          action: 'indicator.create',
          entityType: 'Indicator',
          entityId: created.id,
          data: { ...owner, kind: body.kind },
          requestId,
        });
        return created.id;
      });
      return present(viewer, id);
    },

    async update(user: AuthUser, id: string, body: UpdateIndicatorBody, requestId: string): Promise<Indicator> {
      const { viewer, row, access } = await requireRecorder(user, id);
      if (body.version !== row.version) {
        throw new AppError('VERSION_CONFLICT', 'Someone else changed this indicator; reload to see their changes', {
          currentVersion: row.version,
        });
      }
      const { version, baselineOn, ...fields } = body;
      const merged = {
        kind: row.kind,
        countsPeople: fields.countsPeople ?? row.countsPeople,
        baseline: fields.baseline === undefined ? row.baseline?.toNumber() : fields.baseline,
        target: fields.target === undefined ? row.target?.toNumber() : fields.target,
      };
      const issues = indicatorIssues(merged);
      if (issues.length > 0) throw invalid(issues);
      // A count of people with readings cannot become a count of things: that would publish
      // the small counts the people rule withheld.
      if (fields.countsPeople === false && row.countsPeople && row.measurements.length > 0) {
        throw new AppError('CONFLICT', 'An indicator with readings about people keeps counting people', {
          readings: row.measurements.length,
        });
      }
      await checkMethod(fields.methodId);
      checkBaselineDate(baselineOn);
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.indicator.updateMany({
          where: { id, version },
          data: {
            ...fields,
            ...(baselineOn === undefined ? {} : { baselineOn: toDate(baselineOn) }),
            version: { increment: 1 },
          },
        });
        if (count === 0) throw new AppError('VERSION_CONFLICT', 'Someone else changed this indicator; reload');
        await audit(tx, {
          actorId: user.id,
          organisationId: access.organisationId,
          action: 'indicator.update',
          entityType: 'Indicator',
          entityId: id,
          data: { fields: Object.keys(body).filter((k) => k !== 'version') },
          requestId,
        });
      });
      return present(viewer, id);
    },

    async record(user: AuthUser, id: string, body: RecordMeasurementBody, requestId: string): Promise<Indicator> {
      const { viewer, row, access } = await requireRecorder(user, id);
      if (!row.labId && !row.matchId) {
        throw new AppError('CONFLICT', 'A method’s suggested indicator is measured in the labs that start from it');
      }
      const issues = readingIssues(row, body);
      if (body.measuredOn > todayInSweden()) {
        issues.push({ path: ['measuredOn'], message: 'A reading cannot be from a later day than today' });
      }
      const baselineOn = dateOnly(row.baselineOn);
      if (baselineOn && body.measuredOn < baselineOn) {
        issues.push({ path: ['measuredOn'], message: 'A reading cannot be from before the baseline' });
      }
      if (issues.length > 0) throw invalid(issues);
      await prisma.$transaction(async (tx) => {
        const created = await tx.measurement.create({
          data: {
            indicatorId: id,
            measuredOn: toDate(body.measuredOn) ?? new Date(),
            count: body.count,
            groupSize: body.groupSize,
            value: body.value,
            note: body.note,
            recordedById: user.id,
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: access.organisationId,
          action: 'measurement.create',
          entityType: 'Measurement',
          entityId: created.id,
          data: { indicatorId: id, measuredOn: body.measuredOn },
          requestId,
        });
      });
      return present(viewer, id);
    },

    async removeMeasurement(user: AuthUser, id: string, measurementId: string, requestId: string): Promise<Indicator> {
      const { viewer, row, access } = await requireRecorder(user, id);
      if (!row.measurements.some((m) => m.id === measurementId)) throw notFound('The reading');
      await prisma.$transaction(async (tx) => {
        await tx.measurement.delete({ where: { id: measurementId } });
        await audit(tx, {
          actorId: user.id,
          organisationId: access.organisationId,
          action: 'measurement.delete',
          entityType: 'Measurement',
          entityId: measurementId,
          data: { indicatorId: id },
          requestId,
        });
      });
      return present(viewer, id);
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
