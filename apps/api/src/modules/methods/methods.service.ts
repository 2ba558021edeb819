import type { ListMethodsQuery, Method, MethodList, MethodStep, MethodSummary, MethodUse } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { confirmedCompletionWhere } from '../../lib/completion';
import { notFound } from '../../lib/errors';
import { organisationRef } from '../organisations/organisations.mappers';
import { partiesOf } from '../matches/matches.mappers';
import { indicatorInclude, suppressionsOfRows, toIndicator, type IndicatorRow } from '../results/results.mappers';
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

    async get(idOrSlug: string, user: AuthUser | undefined): Promise<Method> {
      const viewer = await loadViewer(prisma, user);
      const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
      const method = await prisma.method.findFirst({
        where: { ...(isId ? { id: idOrSlug } : { slug: idOrSlug }), ...visibleWhere(viewer) },
        include: methodUsesInclude,
      });
      if (!method) throw notFound('The method');
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
      };
    },
  };
}
