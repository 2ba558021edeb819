import type { Indicator, Measurement } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { dateOnly } from '../../lib/dates';
import { publishBaseline, publishReading, suppressionsOf } from '../../lib/small-groups';

export const indicatorInclude = {
  method: { select: { id: true, slug: true, name: true } },
  measurements: { orderBy: [{ measuredOn: 'asc' }, { createdAt: 'asc' }] },
} as const satisfies Prisma.IndicatorInclude;

export type IndicatorRow = Prisma.IndicatorGetPayload<{ include: typeof indicatorInclude }>;
type MeasurementRow = IndicatorRow['measurements'][number];

const num = (d: Prisma.Decimal | null): number | null => (d === null ? null : d.toNumber());

type Suppressions = ReturnType<typeof suppressionsOf>;

/**
 * Why each reading of these indicators is withheld from the public. `rows` must hold every
 * indicator of the owners they belong to that shares a group name with one of them, so parts
 * of one group are judged together (see `groupSiblingsWhere`).
 */
export function suppressionsOfRows(rows: IndicatorRow[]): Suppressions {
  return suppressionsOf(
    rows.map((row) => ({
      kind: row.kind,
      countsPeople: row.countsPeople,
      owner: row.labId ?? row.matchId ?? row.id,
      groupName: row.groupName,
      readings: row.measurements.map((m) => ({
        id: m.id,
        measuredOn: dateOnly(m.measuredOn) ?? '',
        count: m.count,
        groupSize: m.groupSize,
        value: num(m.value),
        note: m.note,
      })),
    })),
  );
}

/** The indicators that must be read beside `rows`: the other parts of their named groups. */
export function groupSiblingsWhere(rows: IndicatorRow[]): Prisma.IndicatorWhereInput | null {
  const named = rows.filter((r) => r.groupName !== null);
  if (named.length === 0) return null;
  return {
    OR: named.map((r) => ({ labId: r.labId, matchId: r.matchId, groupName: r.groupName })),
    id: { notIn: rows.map((r) => r.id) },
  };
}

/**
 * A reading as the reader may see it. Every reading any route answers is made here, from the
 * suppressions of all readings it could be set beside, so the small-group rule
 * (lib/small-groups.ts) cannot be bypassed by a route that forgot it.
 */
export function toMeasurement(m: MeasurementRow, suppressions: Suppressions, insider: boolean): Measurement {
  const published = publishReading(
    { count: m.count, groupSize: m.groupSize, value: num(m.value), note: m.note },
    suppressions.get(m.id) ?? null,
    insider,
  );
  return { id: m.id, measuredOn: dateOnly(m.measuredOn) ?? '', ...published, recordedAt: m.createdAt.toISOString() };
}

/** `insider`: the lab's or the match's own members, and curators; `canRecord`: may write. */
export function toIndicator(
  row: IndicatorRow,
  access: { insider: boolean; canRecord: boolean },
  suppressions: Suppressions,
): Indicator {
  return {
    id: row.id,
    labId: row.labId,
    matchId: row.matchId,
    method: row.method,
    name: row.name,
    description: row.description,
    note: row.note,
    focusArea: row.focusArea,
    kind: row.kind,
    unit: row.unit,
    countsPeople: row.countsPeople,
    groupName: row.groupName,
    ...publishBaseline(row, num(row.baseline), access.insider),
    baselineOn: dateOnly(row.baselineOn),
    target: num(row.target),
    source: row.source,
    howMeasured: row.howMeasured,
    version: row.version,
    measurements: row.measurements.map((m) => toMeasurement(m, suppressions, access.insider)),
    canRecord: access.canRecord,
  };
}
