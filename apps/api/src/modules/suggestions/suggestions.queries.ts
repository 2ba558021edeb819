import { SUGGESTION_WEIGHTS, type GeographyFit } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';

/*
 * Suggestions are ranked entirely in PostgreSQL; the API only receives the few rows it returns.
 * The score of a pair is the same whichever side asks (challenge page, offering page, curators'
 * queue), because every route runs the one scoring expression below. The rules behind each
 * component, and why they are shaped so, are in docs of SUGGESTION_WEIGHTS and the comments here.
 */

type Weights = typeof SUGGESTION_WEIGHTS;

/** Share of the geography weight each level earns: nearer is better, national reach beats nothing. */
export const GEOGRAPHY_SHARE: Record<GeographyFit, number> = {
  NEIGHBOURHOOD: 1,
  MUNICIPALITY: 0.8,
  REGION: 0.5,
  NATIONAL: 0.35,
  NONE: 0,
};

/**
 * Each focus area an offering lists beyond the first costs it this share of the focus-area
 * points: an actor that claims all four areas is a generalist, and a specialist in the
 * challenge's own area is the better pick when everything else is equal.
 */
const GENERALIST_DISCOUNT = 0.1;

/**
 * ts_rank of an OR-query is roughly the weighted share of the query's lexemes the document
 * contains; a share this high (about a third of a challenge's words, in titles and summaries)
 * already means the two texts are about the same thing, so it earns the full text points.
 */
const TEXT_RANK_FOR_FULL_POINTS = 0.08;

/** Freshness halves roughly every eight months (e-folding time one year). */
const FRESHNESS_SECONDS = 365 * 24 * 3600;

export interface SuggestionRow {
  challengeId: string;
  offeringId: string;
  focusArea: number;
  targetGroups: number;
  geography: number;
  text: number;
  support: number;
  capacity: number;
  trackRecord: number;
  freshness: number;
  score: number;
  geographyFit: GeographyFit;
  sharedFocusArea: string | null;
  sharedTargetGroups: string[];
  matchingSupportTypes: string[];
  capacityLeft: number | null;
  completedMatches: number;
  measuredResults: number;
}

/**
 * The neighbourhood as a tsquery of its place names, any of which counts ("Hageby och
 * Ringdansen" → "hageby" | "ringdansen"; "Lina Hage, Hovsjö" → "lina <-> hage" | "hovsjo").
 */
const neighbourhoodQuery = (neighbourhood: Prisma.Sql) => Prisma.sql`
  CASE WHEN NULLIF(btrim(${neighbourhood}), '') IS NULL THEN NULL
  ELSE websearch_to_tsquery('swedish',
    '"' || regexp_replace(replace(${neighbourhood}, '"', ''), '\\s*(,|\\soch\\s)\\s*', '" or "', 'g') || '"')
  END`;

/** Every lexeme of the challenge's text, OR-ed (they are already stemmed, so cast, not parse). */
const challengeWordsQuery = Prisma.sql`(
  SELECT string_agg('''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || '''', ' | ')
  FROM unnest(tsvector_to_array(c."search")) AS l)::tsquery`;

const w = (value: number) => Prisma.sql`${value}::float8`;

/**
 * The components that need no text search, for pair (c, o) with the offering's organisation
 * `org`, its organisation's record `tr` and its active matches `ac` in scope.
 */
function cheapComponentsSql(weights: Weights) {
  const shareOf = GEOGRAPHY_SHARE;
  return Prisma.sql`
    CASE WHEN c."focusArea" = ANY(o."focusAreas")
      THEN ${w(weights.focusArea)} * (1 - ${w(GENERALIST_DISCOUNT)} * (cardinality(o."focusAreas") - 1))
      ELSE 0 END AS "focusArea",
    -- A challenge group the offering names counts fully; an offering for all residents covers a
    -- specific group half (it is open to them, not made for them), and a challenge for all
    -- residents is half-covered by an offering for some of them.
    ${w(weights.targetGroups)} * COALESCE((
      SELECT avg(CASE WHEN g = ANY(o."targetGroups") THEN 1
                      WHEN g = 'ALL_RESIDENTS' OR 'ALL_RESIDENTS' = ANY(o."targetGroups") THEN 0.5
                      ELSE 0 END)
      FROM unnest(c."targetGroups") AS g), 0.5) AS "targetGroups",
    ${w(weights.geography)} * (CASE geo.fit
      WHEN 'NEIGHBOURHOOD' THEN ${w(shareOf.NEIGHBOURHOOD)} WHEN 'MUNICIPALITY' THEN ${w(shareOf.MUNICIPALITY)}
      WHEN 'REGION' THEN ${w(shareOf.REGION)} WHEN 'NATIONAL' THEN ${w(shareOf.NATIONAL)} ELSE 0 END) AS "geography",
    -- Three quarters for covering the support types asked for (neutral half when none are named);
    -- a quarter for what the company brings filling what the offering lacks: premises when the
    -- actor has none of its own, funding when the actor is not free.
    ${w(weights.support)} * (
      0.75 * COALESCE(cardinality(ARRAY(SELECT unnest(c."neededSupportTypes") INTERSECT SELECT unnest(o."supportTypes")))::float8
                        / NULLIF(cardinality(c."neededSupportTypes"), 0), 0.5)
      + 0.25 * COALESCE(
          ((NOT 'PREMISES' = ANY(o."supportTypes") AND c."bringsPremises")::int
            + (o."costModel" <> 'FREE' AND c."bringsFunding")::int)::float8
          / NULLIF((NOT 'PREMISES' = ANY(o."supportTypes"))::int + (o."costModel" <> 'FREE')::int, 0), 1)
    ) AS "support",
    -- Matches carry no participant counts, so active ones are taken to share the capacity equally
    -- with the new one; an actor that gave no capacity gets the neutral half.
    CASE WHEN o."capacity" IS NULL THEN ${w(weights.capacity)} * 0.5
         WHEN o."capacity" <= 0 THEN 0
         ELSE ${w(weights.capacity)} / (1 + COALESCE(ac."active", 0)) END AS "capacity",
    ${w(weights.trackRecord)} * (0.7 * least(COALESCE(tr."completed", 0), 3) / 3.0
                                 + 0.3 * least(COALESCE(tr."measured", 0), 3) / 3.0) AS "trackRecord",
    ${w(weights.freshness)} * least(1, exp(-extract(epoch FROM now() - greatest(o."publishedAt", o."updatedAt"))
                                          / ${w(FRESHNESS_SECONDS)})) AS "freshness",
    geo.fit AS "geographyFit",
    CASE WHEN c."focusArea" = ANY(o."focusAreas") THEN c."focusArea"::text END AS "sharedFocusArea",
    ARRAY(SELECT g::text FROM unnest(c."targetGroups") WITH ORDINALITY AS u(g, i)
          WHERE g = ANY(o."targetGroups") ORDER BY i) AS "sharedTargetGroups",
    ARRAY(SELECT s::text FROM unnest(c."neededSupportTypes") WITH ORDINALITY AS u(s, i)
          WHERE s = ANY(o."supportTypes") ORDER BY i) AS "matchingSupportTypes",
    CASE WHEN o."capacity" IS NULL THEN NULL
         ELSE greatest(0, floor(o."capacity"::float8 / (1 + COALESCE(ac."active", 0))))::int END AS "capacityLeft",
    COALESCE(tr."completed", 0)::int AS "completedMatches",
    COALESCE(tr."measured", 0)::int AS "measuredResults"`;
}

/**
 * Same neighbourhood needs a fact the offering does not store: the actor is based in the
 * challenge's municipality, works there, and its own text names the neighbourhood.
 */
const geographyLateral = Prisma.sql`
  CROSS JOIN LATERAL (SELECT CASE
    WHEN o."municipalityCodes" @> ARRAY[c."municipalityCode"] AND org."municipalityCode" = c."municipalityCode"
         AND c."hood" IS NOT NULL AND o."search" @@ c."hood" THEN 'NEIGHBOURHOOD'
    WHEN o."municipalityCodes" @> ARRAY[c."municipalityCode"] THEN 'MUNICIPALITY'
    WHEN EXISTS (SELECT 1 FROM unnest(o."municipalityCodes") AS m WHERE left(m, 2) = left(c."municipalityCode", 2))
      THEN 'REGION'
    WHEN o."isNational" THEN 'NATIONAL'
    ELSE 'NONE' END AS fit) AS geo`;

/**
 * Track record per organisation (COMPLETED matches of any of its offerings, and indicators of
 * its matches with at least one measurement) and active matches per offering. Both read the
 * Match table only (Match_offeringId_idx, Indicator_matchId_idx), which grows with
 * collaborations, not with offerings.
 */
const recordCtes = Prisma.sql`
  tr AS (
    SELECT mo."organisationId",
           count(DISTINCT m."id") FILTER (WHERE m."state" = 'COMPLETED') AS "completed",
           count(DISTINCT i."id") FILTER (WHERE EXISTS (SELECT 1 FROM "Measurement" ms WHERE ms."indicatorId" = i."id")) AS "measured"
    FROM "Match" m
    JOIN "Offering" mo ON mo."id" = m."offeringId"
    LEFT JOIN "Indicator" i ON i."matchId" = m."id"
    GROUP BY mo."organisationId"
  ),
  ac AS (
    SELECT m."offeringId", count(*) AS "active" FROM "Match" m
    WHERE m."state" IN ('AGREED', 'ACTIVE') GROUP BY m."offeringId"
  )`;

/** Publicly listed on both sides, and never matched before in any state (Match_challengeId_offeringId_key). */
const suggestablePair = Prisma.sql`
  o."status" = 'PUBLISHED' AND o."unpublishedAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "Match" mx WHERE mx."challengeId" = c."id" AND mx."offeringId" = o."id")`;

export const openChallengeSql = Prisma.sql`c."status" = 'OPEN' AND c."unpublishedAt" IS NULL`;

/**
 * Candidate pre-filter: an offering must work in the challenge's focus area
 * ("Offering_focusAreas_idx") or in its municipality ("Offering_municipalityCodes_idx"); the
 * planner ORs the two GIN bitmap scans. An offering with neither has lost the two biggest
 * components (40 of 100 points) and is not what a curator would look at.
 */
const candidateSql = Prisma.sql`
  (o."focusAreas" @> ARRAY[c."focusArea"] OR o."municipalityCodes" && ARRAY[c."municipalityCode"])`;

interface RankSpec {
  /** Which challenges take part (alias c): one, or the open ones after the curators' filters. */
  challenges: Prisma.Sql;
  /** Which offerings take part (alias o), besides the suggestable and candidate rules. */
  offerings: Prisma.Sql;
  /** The side whose page asks: its rows are ranked among themselves. */
  per: 'challenge' | 'offering';
  perLimit: number;
  limit: number;
}

/**
 * Ranks pairs in two stages so the text search runs on few rows. Stage one scores every
 * candidate pair on everything but text. The text component is at most its weight, so within
 * one subject a pair whose other points fall more than that weight below the k-th best cannot
 * reach the top k: those are dropped before ts_rank runs (exact, not an approximation).
 */
export async function rankSuggestions(
  prisma: PrismaClient,
  spec: RankSpec,
  weights: Weights = SUGGESTION_WEIGHTS,
): Promise<SuggestionRow[]> {
  const subject = spec.per === 'challenge' ? Prisma.sql`s."challengeId"` : Prisma.sql`s."offeringId"`;
  return prisma.$queryRaw<SuggestionRow[]>`
    WITH c AS MATERIALIZED (
      SELECT c.*, ${neighbourhoodQuery(Prisma.sql`c."neighbourhood"`)} AS "hood"
      FROM "Challenge" c WHERE ${spec.challenges}
    ),
    ${recordCtes},
    stage1 AS MATERIALIZED (
      SELECT c."id" AS "challengeId", o."id" AS "offeringId", ${cheapComponentsSql(weights)}
      FROM c
      JOIN "Offering" o ON ${candidateSql}
      JOIN "Organisation" org ON org."id" = o."organisationId"
      ${geographyLateral}
      LEFT JOIN tr ON tr."organisationId" = o."organisationId"
      LEFT JOIN ac ON ac."offeringId" = o."id"
      WHERE ${suggestablePair} AND ${spec.offerings}
    ),
    cheap AS (
      SELECT s.*, s."focusArea" + s."targetGroups" + s."geography" + s."support" + s."capacity"
                  + s."trackRecord" + s."freshness" AS "cheapScore"
      FROM stage1 s
    ),
    bar AS (
      SELECT ${subject} AS "subjectId", min(s."cheapScore") AS "kthBest" FROM (
        SELECT s.*, row_number() OVER (PARTITION BY ${subject} ORDER BY s."cheapScore" DESC) AS n FROM cheap s
      ) s WHERE s.n <= ${spec.perLimit} GROUP BY 1
    ),
    stage2 AS (
      SELECT s.*, ${w(weights.text)} * least(1, COALESCE(ts_rank(o."search", ${challengeWordsQuery}), 0)
                                                 / ${w(TEXT_RANK_FOR_FULL_POINTS)}) AS "text"
      FROM cheap s
      JOIN bar b ON b."subjectId" = ${subject}
      JOIN "Challenge" c ON c."id" = s."challengeId"
      JOIN "Offering" o ON o."id" = s."offeringId"
      WHERE s."cheapScore" + ${w(weights.text)} >= b."kthBest"
    ),
    ranked AS (
      SELECT s.*, s."cheapScore" + s."text" AS "score",
             row_number() OVER (PARTITION BY ${subject} ORDER BY s."cheapScore" + s."text" DESC, s."offeringId", s."challengeId") AS n
      FROM stage2 s
    )
    SELECT "challengeId", "offeringId", "focusArea", "targetGroups", "geography", "text", "support", "capacity",
           "trackRecord", "freshness", "score", "geographyFit", "sharedFocusArea", "sharedTargetGroups",
           "matchingSupportTypes", "capacityLeft", "completedMatches", "measuredResults"
    FROM ranked WHERE n <= ${spec.perLimit}
    ORDER BY "score" DESC, "challengeId", "offeringId"
    LIMIT ${spec.limit}`;
}
