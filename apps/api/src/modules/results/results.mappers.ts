import type { Indicator, Measurement } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { dateOnly } from '../../lib/dates';
import { publishBaseline, publishReading } from '../../lib/small-groups';

export const indicatorInclude = {
  method: { select: { id: true, slug: true, name: true } },
  measurements: { orderBy: [{ measuredOn: 'asc' }, { createdAt: 'asc' }] },
} as const satisfies Prisma.IndicatorInclude;

export type IndicatorRow = Prisma.IndicatorGetPayload<{ include: typeof indicatorInclude }>;
type MeasurementRow = IndicatorRow['measurements'][number];

const num = (d: Prisma.Decimal | null): number | null => (d === null ? null : d.toNumber());

/**
 * A reading as the reader may see it. Every reading any route answers is made here, so the
 * small-group rule (lib/small-groups.ts) cannot be bypassed by a route that forgot it.
 */
export function toMeasurement(indicator: IndicatorRow, m: MeasurementRow, insider: boolean): Measurement {
  const published = publishReading(
    indicator,
    { count: m.count, groupSize: m.groupSize, value: num(m.value), note: m.note },
    insider,
  );
  return { id: m.id, measuredOn: dateOnly(m.measuredOn) ?? '', ...published, recordedAt: m.createdAt.toISOString() };
}

/** `insider`: the lab's or the match's own members, and curators; `canRecord`: may write. */
export function toIndicator(row: IndicatorRow, access: { insider: boolean; canRecord: boolean }): Indicator {
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
    ...publishBaseline(row, num(row.baseline), access.insider),
    baselineOn: dateOnly(row.baselineOn),
    target: num(row.target),
    source: row.source,
    howMeasured: row.howMeasured,
    version: row.version,
    measurements: row.measurements.map((m) => toMeasurement(row, m, access.insider)),
    canRecord: access.canRecord,
  };
}
