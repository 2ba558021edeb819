import { countyCodeOf, type OpenDataColumnName, type OpenDataFileName } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { ANONYMOUS } from '../../lib/actor';
import { confirmedCompletionWhere } from '../../lib/completion';
import { dateOnly } from '../../lib/dates';
import { isVisible } from '../../lib/visibility';
import { indicatorInclude, suppressionsOfRows, toIndicator } from '../results/results.mappers';

/*
 * The rows of each open-data file, as a visitor may see them: every file is the anonymous
 * viewer's view, whoever downloads it. Rows are read in keyset batches (`id > last ORDER BY id`,
 * the primary key's index) through the app's own pool, so a download holds at most one batch in
 * memory and a connection only while a batch is read; a slow client never pins a connection
 * (docs/decisions.md, "Open data").
 */

/** A cell as the JSON file carries it; the CSV writer turns lists and JSON into text. */
export type Cell = string | number | boolean | null | readonly string[] | Prisma.JsonValue;

/** One row of a file: exactly its columns, so the code cannot drift from the dictionary. */
export type OpenDataRow<F extends OpenDataFileName> = { [K in OpenDataColumnName<F>]: Cell };

export const BATCH_SIZE = 1000;
/** Indicators come with all their readings, so fewer per batch. */
const INDICATOR_BATCH_SIZE = 200;

const VERIFIED = { verification: 'VERIFIED' } as const;
/** The Prisma form of visibleSql() for a visitor; isVisible() re-checks every row below. */
const publicItem = { unpublishedAt: null, organisation: VERIFIED } as const;
const publicChallenge = { ...publicItem, status: { not: 'DRAFT' } } as const satisfies Prisma.ChallengeWhereInput;
const publicOffering = { ...publicItem, status: { not: 'DRAFT' } } as const satisfies Prisma.OfferingWhereInput;
const organisationVisibility = { select: { name: true, verification: true } } as const;

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** Every row after `after` in id order, one batch at a time. */
async function* byId<T extends { id: string }>(
  size: number,
  page: (where: { id?: { gt: string } }, take: number) => Promise<T[]>,
): AsyncGenerator<T> {
  for await (const rows of batchesById(size, page)) yield* rows;
}

/** The same, a batch at a time, for rows judged together with others of their batch. */
async function* batchesById<T extends { id: string }>(
  size: number,
  page: (where: { id?: { gt: string } }, take: number) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await page(after === undefined ? {} : { id: { gt: after } }, size);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < size || last === undefined) return;
    after = last.id;
  }
}

export interface OpenDataSources {
  rows<F extends OpenDataFileName>(file: F): AsyncGenerator<OpenDataRow<F>>;
}

export function createOpenDataSources(deps: { prisma: PrismaClient; publicUrl: string }): OpenDataSources {
  const { prisma, publicUrl } = deps;

  async function* labs(): AsyncGenerator<OpenDataRow<'labs'>> {
    const rows = byId(BATCH_SIZE, (after, take) =>
      prisma.lab.findMany({
        where: { ...publicItem, ...after },
        include: { organisation: organisationVisibility },
        orderBy: { id: 'asc' },
        take,
      }),
    );
    for await (const lab of rows) {
      if (!isVisible(ANONYMOUS, lab)) continue;
      yield {
        id: lab.id,
        name: lab.name,
        organisationId: lab.organisationId,
        organisationName: lab.organisation.name,
        neighbourhood: lab.neighbourhood,
        municipalityCode: lab.municipalityCode,
        countyCode: countyCodeOf(lab.municipalityCode),
        focusAreas: lab.focusAreas,
        status: lab.status,
        startsOn: dateOnly(lab.startsOn),
        endsOn: dateOnly(lab.endsOn),
        summary: lab.summary,
        description: lab.description,
        language: lab.language,
        createdAt: iso(lab.createdAt),
        updatedAt: iso(lab.updatedAt),
        url: `${publicUrl}/labs/${lab.id}`,
      };
    }
  }

  async function* challenges(): AsyncGenerator<OpenDataRow<'challenges'>> {
    const rows = byId(BATCH_SIZE, (after, take) =>
      prisma.challenge.findMany({
        where: { ...publicChallenge, ...after },
        include: { organisation: organisationVisibility },
        orderBy: { id: 'asc' },
        take,
      }),
    );
    for await (const c of rows) {
      if (!isVisible(ANONYMOUS, { ...c, isDraft: c.status === 'DRAFT' })) continue;
      yield {
        id: c.id,
        title: c.title,
        organisationId: c.organisationId,
        organisationName: c.organisation.name,
        labId: c.labId,
        focusArea: c.focusArea,
        targetGroups: c.targetGroups,
        municipalityCode: c.municipalityCode,
        countyCode: countyCodeOf(c.municipalityCode),
        neighbourhood: c.neighbourhood,
        summary: c.summary,
        description: c.description,
        desiredOutcome: c.desiredOutcome,
        neededSupportTypes: c.neededSupportTypes,
        bringsPremises: c.bringsPremises,
        bringsFunding: c.bringsFunding,
        bringsStaff: c.bringsStaff,
        bringsDescription: c.bringsDescription,
        startsOn: dateOnly(c.startsOn),
        endsOn: dateOnly(c.endsOn),
        status: c.status,
        language: c.language,
        publishedAt: iso(c.publishedAt),
        updatedAt: iso(c.updatedAt),
        url: `${publicUrl}/challenges/${c.id}`,
      };
    }
  }

  async function* offerings(): AsyncGenerator<OpenDataRow<'offerings'>> {
    const rows = byId(BATCH_SIZE, (after, take) =>
      prisma.offering.findMany({
        where: { ...publicOffering, ...after },
        include: { organisation: organisationVisibility },
        orderBy: { id: 'asc' },
        take,
      }),
    );
    for await (const o of rows) {
      if (!isVisible(ANONYMOUS, { ...o, isDraft: o.status === 'DRAFT' })) continue;
      yield {
        id: o.id,
        title: o.title,
        organisationId: o.organisationId,
        organisationName: o.organisation.name,
        summary: o.summary,
        description: o.description,
        focusAreas: o.focusAreas,
        targetGroups: o.targetGroups,
        supportTypes: o.supportTypes,
        isNational: o.isNational,
        municipalityCodes: o.municipalityCodes,
        capacity: o.capacity,
        capacityDescription: o.capacityDescription,
        costModel: o.costModel,
        costDescription: o.costDescription,
        evidence: o.evidence,
        status: o.status,
        language: o.language,
        publishedAt: iso(o.publishedAt),
        updatedAt: iso(o.updatedAt),
        url: `${publicUrl}/offerings/${o.id}`,
      };
    }
  }

  async function* organisations(): AsyncGenerator<OpenDataRow<'organisations'>> {
    // Only the public profile's fields are selected; contact details never leave the database.
    const rows = byId(BATCH_SIZE, (after, take) =>
      prisma.organisation.findMany({
        where: { ...VERIFIED, ...after },
        select: {
          id: true,
          name: true,
          kind: true,
          actorType: true,
          municipalityCode: true,
          description: true,
          website: true,
          language: true,
          verification: true,
          verifiedAt: true,
        },
        orderBy: { id: 'asc' },
        take,
      }),
    );
    for await (const o of rows) {
      if (o.verification !== 'VERIFIED') continue;
      yield {
        id: o.id,
        name: o.name,
        kind: o.kind,
        actorType: o.actorType,
        municipalityCode: o.municipalityCode,
        countyCode: o.municipalityCode === null ? null : countyCodeOf(o.municipalityCode),
        description: o.description,
        website: o.website,
        language: o.language,
        verifiedAt: iso(o.verifiedAt),
        url: `${publicUrl}/organisations/${o.id}`,
      };
    }
  }

  async function* methods(): AsyncGenerator<OpenDataRow<'methods'>> {
    const rows = byId(BATCH_SIZE, (after, take) =>
      prisma.method.findMany({
        where: { status: 'PUBLISHED', unpublishedAt: null, ...after },
        orderBy: { id: 'asc' },
        take,
      }),
    );
    for await (const m of rows) {
      yield {
        id: m.id,
        slug: m.slug,
        name: m.name,
        summary: m.summary,
        description: m.description,
        purpose: m.purpose,
        whenToUse: m.whenToUse,
        pitfalls: m.pitfalls,
        needsTime: m.needsTime,
        needsRoles: m.needsRoles,
        needsPremises: m.needsPremises,
        needsCost: m.needsCost,
        steps: m.steps,
        perspectives: m.perspectives,
        focusAreas: m.focusAreas,
        targetGroups: m.targetGroups,
        updatedAt: iso(m.updatedAt),
        url: `${publicUrl}/methods/${m.slug}`,
      };
    }
  }

  async function* matches(): AsyncGenerator<OpenDataRow<'matches'>> {
    const side = { include: { organisation: organisationVisibility } } as const;
    const rows = byId(BATCH_SIZE, (after, take) =>
      prisma.match.findMany({
        where: { ...confirmedCompletionWhere, challenge: publicChallenge, offering: publicOffering, ...after },
        include: { challenge: side, offering: side },
        orderBy: { id: 'asc' },
        take,
      }),
    );
    for await (const m of rows) {
      const { challenge, offering } = m;
      // Both sides must be public: a confirmed match names the two and what came of it.
      if (!isVisible(ANONYMOUS, { ...challenge, isDraft: challenge.status === 'DRAFT' })) continue;
      if (!isVisible(ANONYMOUS, { ...offering, isDraft: offering.status === 'DRAFT' })) continue;
      yield {
        id: m.id,
        challengeId: challenge.id,
        challengeTitle: challenge.title,
        housingOrganisationId: challenge.organisationId,
        housingOrganisationName: challenge.organisation.name,
        offeringId: offering.id,
        offeringTitle: offering.title,
        actorOrganisationId: offering.organisationId,
        actorOrganisationName: offering.organisation.name,
        labId: challenge.labId,
        focusArea: challenge.focusArea,
        municipalityCode: challenge.municipalityCode,
        countyCode: countyCodeOf(challenge.municipalityCode),
        origin: m.origin,
        agreedAt: iso(m.agreedAt),
        startedAt: iso(m.startedAt),
        completedAt: iso(m.completedAt),
        outcomeSummary: m.outcomeSummary,
      };
    }
  }

  async function* results(): AsyncGenerator<OpenDataRow<'results'>> {
    const batches = batchesById(INDICATOR_BATCH_SIZE, (after, take) =>
      prisma.indicator.findMany({
        where: {
          OR: [
            { lab: publicItem },
            { match: { ...confirmedCompletionWhere, challenge: publicChallenge, offering: publicOffering } },
          ],
          ...after,
        },
        include: indicatorInclude,
        orderBy: { id: 'asc' },
        take,
      }),
    );
    for await (const batch of batches) {
      // The small-group rule judges the parts of a named group together: every indicator of the
      // batch's labs and matches, not only those in the batch (a batch may split an owner).
      const labIds = [...new Set(batch.flatMap((row) => (row.labId ? [row.labId] : [])))];
      const matchIds = [...new Set(batch.flatMap((row) => (row.matchId ? [row.matchId] : [])))];
      const owners = await prisma.indicator.findMany({
        where: { OR: [{ labId: { in: labIds } }, { matchId: { in: matchIds } }] },
        include: indicatorInclude,
      });
      const suppressions = suppressionsOfRows(owners);
      for (const row of batch) yield* resultRows(row, suppressions);
    }
  }

  function* resultRows(
    row: Prisma.IndicatorGetPayload<{ include: typeof indicatorInclude }>,
    suppressions: ReturnType<typeof suppressionsOfRows>,
  ): Generator<OpenDataRow<'results'>> {
    // The visitor's view, made by the one mapper every route uses: the small-group rule
    // (lib/small-groups.ts) withholds figures here exactly as on the lab's page.
    const indicator = toIndicator(row, { insider: false, canRecord: false }, suppressions);
    const common = {
      indicatorId: indicator.id,
      indicatorName: indicator.name,
      indicatorDescription: indicator.description,
      labId: indicator.labId,
      matchId: indicator.matchId,
      methodId: indicator.method?.id ?? null,
      focusArea: indicator.focusArea,
      kind: indicator.kind,
      unit: indicator.unit,
      countsPeople: indicator.countsPeople,
      baseline: indicator.baseline,
      baselineSuppressed: indicator.baselineSuppressed,
      baselineOn: indicator.baselineOn,
      target: indicator.target,
      source: indicator.source,
      howMeasured: indicator.howMeasured,
    };
    if (indicator.measurements.length === 0) {
      yield {
        ...common,
        measurementId: null,
        measuredOn: null,
        count: null,
        groupSize: null,
        value: null,
        note: null,
        suppressed: null,
      };
    }
    for (const m of indicator.measurements) {
      yield {
        ...common,
        measurementId: m.id,
        measuredOn: m.measuredOn,
        count: m.count,
        groupSize: m.groupSize,
        value: m.value,
        note: m.note,
        suppressed: m.suppressed,
      };
    }
  }

  const files: { [F in OpenDataFileName]: () => AsyncGenerator<OpenDataRow<F>> } = {
    labs,
    challenges,
    offerings,
    organisations,
    methods,
    matches,
    results,
  };

  return {
    rows<F extends OpenDataFileName>(file: F) {
      return files[file]();
    },
  };
}
