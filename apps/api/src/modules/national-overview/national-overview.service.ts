import {
  countyCodeOf,
  FOCUS_AREAS,
  MATCH_STATES,
  type FocusArea,
  type MatchState,
  type NationalOverview,
  type NationalOverviewCounts,
  type NationalOverviewGaps,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { isCurator, type AuthUser } from '../../lib/actor';
import { countsAsCompleted } from '../../lib/completion';
import { indicatorInclude, suppressionsOfRows } from '../results/results.mappers';

/** One countable thing: the focus areas and the municipality it belongs to. */
interface Fact {
  areas: readonly FocusArea[];
  municipalityCode: string;
}

const GAP_LIMIT = 20;

function emptyCounts(): NationalOverviewCounts {
  return {
    labs: 0,
    openChallenges: 0,
    matches: Object.fromEntries(MATCH_STATES.map((s) => [s, 0])) as Record<MatchState, number>,
    completions: 0,
    resultsReported: 0,
  };
}

/*
 * Counts are made from small projections of the public rows (a few columns each), not from
 * whole records; the platform has hundreds of labs and challenges, not millions. If it grows,
 * these become GROUP BY queries with the same meaning.
 */
export function createNationalOverviewService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  async function gaps(): Promise<NationalOverviewGaps> {
    const [unmetNeeds, unaskedOfferings, waiting] = await Promise.all([
      prisma.$queryRaw<NationalOverviewGaps['unmetNeeds']>`
        SELECT c.id, c.title, c."focusArea", c."municipalityCode"
        FROM "Challenge" c
        WHERE c.status = 'OPEN' AND c."unpublishedAt" IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM "Offering" o
            WHERE o.status = 'PUBLISHED' AND o."unpublishedAt" IS NULL
              AND c."focusArea" = ANY(o."focusAreas")
              AND (o."isNational" OR EXISTS (
                SELECT 1 FROM unnest(o."municipalityCodes") AS code
                WHERE left(code, 2) = left(c."municipalityCode", 2)
              ))
          )
        ORDER BY c."publishedAt" ASC NULLS LAST, c.id
        LIMIT ${GAP_LIMIT}`,
      prisma.$queryRaw<NationalOverviewGaps['unaskedOfferings']>`
        SELECT o.id, o.title, org.name AS "organisationName"
        FROM "Offering" o JOIN "Organisation" org ON org.id = o."organisationId"
        WHERE o.status = 'PUBLISHED' AND o."unpublishedAt" IS NULL
          AND NOT EXISTS (
            SELECT 1 FROM "Challenge" c
            WHERE c.status = 'OPEN' AND c."unpublishedAt" IS NULL
              AND c."focusArea" = ANY(o."focusAreas")
              AND (o."isNational" OR EXISTS (
                SELECT 1 FROM unnest(o."municipalityCodes") AS code
                WHERE left(code, 2) = left(c."municipalityCode", 2)
              ))
          )
        ORDER BY o."publishedAt" ASC NULLS LAST, o.id
        LIMIT ${GAP_LIMIT}`,
      prisma.match.findMany({
        where: { state: { in: ['PROPOSED', 'AGREED'] } },
        select: {
          id: true,
          state: true,
          updatedAt: true,
          challenge: { select: { title: true } },
          offering: { select: { title: true } },
        },
        orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
        take: GAP_LIMIT,
      }),
    ]);
    return {
      unmetNeeds,
      unaskedOfferings,
      waitingMatches: waiting.map((m) => ({
        id: m.id,
        state: m.state,
        since: m.updatedAt.toISOString(),
        challengeTitle: m.challenge.title,
        offeringTitle: m.offering.title,
      })),
    };
  }

  return {
    async get(user: AuthUser | undefined): Promise<NationalOverview> {
      // Public means what anyone may see: not a draft, not taken down, of a verified organisation.
      const verified = { verification: 'VERIFIED' as const };
      const publicChallenge = { unpublishedAt: null, status: { not: 'DRAFT' as const }, organisation: verified };
      const [labs, challenges, matches, indicators] = await Promise.all([
        prisma.lab.findMany({
          where: { unpublishedAt: null, organisation: verified },
          select: { focusAreas: true, municipalityCode: true },
        }),
        prisma.challenge.findMany({
          where: { status: 'OPEN', unpublishedAt: null, organisation: verified },
          select: { focusArea: true, municipalityCode: true },
        }),
        prisma.match.findMany({
          where: { challenge: publicChallenge },
          select: { state: true, challenge: { select: { focusArea: true, municipalityCode: true } } },
        }),
        prisma.indicator.findMany({
          where: {
            measurements: { some: { OR: [{ count: { not: null } }, { value: { not: null } }] } },
            OR: [
              { lab: { unpublishedAt: null, organisation: verified } },
              { match: { state: 'COMPLETED', challenge: publicChallenge } },
            ],
          },
          include: {
            ...indicatorInclude,
            lab: { select: { focusAreas: true, municipalityCode: true } },
            match: { select: { state: true, challenge: { select: { focusArea: true, municipalityCode: true } } } },
          },
        }),
      ]);

      const total = emptyCounts();
      const byArea = new Map(FOCUS_AREAS.map((a) => [a, emptyCounts()]));
      const byCounty = new Map<string, NationalOverviewCounts>();
      const add = (fact: Fact, bump: (c: NationalOverviewCounts) => void) => {
        bump(total);
        for (const area of new Set(fact.areas)) {
          const counts = byArea.get(area);
          if (counts) bump(counts);
        }
        const county = countyCodeOf(fact.municipalityCode);
        if (!byCounty.has(county)) byCounty.set(county, emptyCounts());
        bump(byCounty.get(county) ?? emptyCounts());
      };

      for (const lab of labs) add({ areas: lab.focusAreas, municipalityCode: lab.municipalityCode }, (c) => c.labs++);
      for (const ch of challenges)
        add({ areas: [ch.focusArea], municipalityCode: ch.municipalityCode }, (c) => c.openChallenges++);
      for (const match of matches) {
        const fact = { areas: [match.challenge.focusArea], municipalityCode: match.challenge.municipalityCode };
        add(fact, (c) => {
          c.matches[match.state]++;
          if (countsAsCompleted(match)) c.completions++;
        });
      }
      // A result counts when the public sees at least one of its readings whole: the overview is
      // made from published readings only, so no count in it says that a withheld reading exists
      // (every indicator of these labs and matches is loaded, so parts of a group are judged together).
      const suppressions = suppressionsOfRows(indicators);
      for (const indicator of indicators) {
        // A match's results count only once its completion is confirmed.
        if (indicator.match && !countsAsCompleted(indicator.match)) continue;
        const published = indicator.measurements.some(
          (m) => (m.count !== null || m.value !== null) && suppressions.get(m.id) === null,
        );
        if (!published) continue;
        const place = indicator.lab?.municipalityCode ?? indicator.match?.challenge.municipalityCode;
        if (!place) continue;
        const areas = indicator.focusArea
          ? [indicator.focusArea]
          : (indicator.lab?.focusAreas ?? (indicator.match ? [indicator.match.challenge.focusArea] : []));
        add({ areas, municipalityCode: place }, (c) => c.resultsReported++);
      }

      return {
        total,
        byFocusArea: FOCUS_AREAS.map((focusArea) => ({ focusArea, ...(byArea.get(focusArea) ?? emptyCounts()) })),
        byCounty: [...byCounty.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([countyCode, counts]) => ({ countyCode, ...counts })),
        gaps: isCurator(user) ? await gaps() : null,
      };
    },
  };
}
