import {
  MUNICIPALITIES,
  SUGGESTION_WEIGHTS,
  SUPPORT_TYPES,
  TARGET_GROUPS,
  type GeographyFit,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { SEARCH_CONFIG } from '../../lib/search-query';

/*
 * Suggestions are ranked entirely in PostgreSQL; the API only receives the few rows it returns.
 * The score of a pair is the same whichever side asks (challenge page, offering page, curators'
 * queue), because every route runs the one scoring expression below. The rules behind each
 * component, and why they are shaped so, are in the contracts' SUGGESTION_WEIGHTS and the comments here.
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
 * ts_rank of an OR-query grows with the weighted share of the query's lexemes the document
 * contains. Set on the demo data: only pairs about the very same thing (digital guides for the
 * digital-inclusion challenge, summer hosts for the summer jobs) reach full points; related
 * pairs earn a tenth to a half of them.
 */
const TEXT_RANK_FOR_FULL_POINTS = 0.08;

/**
 * Words nearly every challenge and offering on the platform uses (what they want, look for,
 * arrange, where, how often): sharing them says nothing about a pair, so "Båda nämner" leaves
 * them out. Written as people write them; PostgreSQL stems them like the texts.
 */
const COMMON_WORDS = [
  'vill söker behöver hjälp hjälper ordnar gör går får fick ser ses hålla träffa pröva ändra följa drivs',
  'fler ofta oftare minst två tre fyra per år vecka veckan gång pass korta själv själva eget egna sitt',
  'område området områden boende tillsammans partner starta ledare ledig ute rör öppen deltagare åtgärder',
].join(' ');

/** "Båda nämner" names at most this many words, each at least this long as a stem ("unga" → "ung" is not). */
const SHARED_WORDS = 3;
const SHARED_WORD_MIN_STEM = 4;

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
  sharedWords: string[];
  missingTargetGroups: string[];
  missingSupportTypes: string[];
  activeMatches: number;
}

/**
 * The neighbourhood as a tsquery of its place names, any of which counts ("Hageby och
 * Ringdansen" → "hageby" | "ringdansen"; "Lina Hage, Hovsjö" → "lina <-> hage" | "hovsjo"), in
 * the configuration of the offering's "search" column.
 */
const neighbourhoodQuery = (neighbourhood: Prisma.Sql) => Prisma.sql`
  CASE WHEN NULLIF(btrim(${neighbourhood}), '') IS NULL THEN NULL
  ELSE websearch_to_tsquery(${SEARCH_CONFIG},
    '"' || regexp_replace(replace(${neighbourhood}, '"', ''), '\\s*(,|\\soch\\s)\\s*', '" or "', 'g') || '"')
  END`;

/** Every lexeme of the challenge's text, OR-ed (they are already stemmed, so cast, not parse); once per challenge. */
const challengeWordsQuery = Prisma.sql`(
  SELECT string_agg('''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || '''', ' | ')
  FROM unnest(tsvector_to_array(c."search")) AS l)::tsquery`;

const w = (value: number) => Prisma.sql`${value}::float8`;

/*
 * Coverage sums spelled out position by position over the challenge's (short) arrays instead of
 * unnest() subqueries: they run for every candidate row, where a plain expression costs a
 * fraction of a subplan, and a position the challenge does not fill costs one NULL test.
 */
const positions = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * Per challenge group: named by the offering counts 1; an offering for all residents covers a
 * specific group half (open to them, not made for them); a challenge for all residents is
 * half-covered by an offering for some of them.
 */
const targetGroupCoverage = Prisma.join(
  positions(TARGET_GROUPS.length).map((i) => {
    const g = Prisma.raw(`c."targetGroups"[${i}]`);
    return Prisma.sql`CASE WHEN ${g} IS NULL THEN 0
      WHEN ${g} = ANY(o."targetGroups") THEN 1
      WHEN ${g} = 'ALL_RESIDENTS' OR 'ALL_RESIDENTS' = ANY(o."targetGroups") THEN 0.5::float8
      ELSE 0 END`;
  }),
  ' + ',
);

const supportCoverage = Prisma.join(
  positions(SUPPORT_TYPES.length).map((i) => {
    const t = Prisma.raw(`c."neededSupportTypes"[${i}]`);
    return Prisma.sql`CASE WHEN ${t} IS NULL THEN 0 WHEN ${t} = ANY(o."supportTypes") THEN 1 ELSE 0 END`;
  }),
  ' + ',
);

const ALL_MUNICIPALITY_CODES = MUNICIPALITIES.map((m) => m.code);

type CheapComponent = Exclude<keyof Weights, 'text'>;

/**
 * The components that need no text search, as expressions over pair (c, o) with the offering's
 * organisation `org`, its organisation's record `tr`, its active matches `ac` and `geo` in scope.
 */
function cheapComponentsSql(weights: Weights): Record<CheapComponent, Prisma.Sql> {
  const shareOf = GEOGRAPHY_SHARE;
  return {
    focusArea: Prisma.sql`CASE WHEN c."focusArea" = ANY(o."focusAreas")
      THEN ${w(weights.focusArea)} * (1 - ${w(GENERALIST_DISCOUNT)} * (cardinality(o."focusAreas") - 1))
      ELSE 0 END`,
    targetGroups: Prisma.sql`${w(weights.targetGroups)}
      * COALESCE((${targetGroupCoverage}) / NULLIF(cardinality(c."targetGroups"), 0), 0.5::float8)`,
    geography: Prisma.sql`${w(weights.geography)} * (CASE geo.fit
      WHEN 'NEIGHBOURHOOD' THEN ${w(shareOf.NEIGHBOURHOOD)} WHEN 'MUNICIPALITY' THEN ${w(shareOf.MUNICIPALITY)}
      WHEN 'REGION' THEN ${w(shareOf.REGION)} WHEN 'NATIONAL' THEN ${w(shareOf.NATIONAL)} ELSE 0 END)`,
    // Three quarters for covering the support types asked for (neutral half when none are named);
    // a quarter for what the company brings filling what the offering lacks: premises when the
    // actor has none of its own, funding when the actor is not free.
    support: Prisma.sql`${w(weights.support)} * (
      0.75::float8 * COALESCE((${supportCoverage})::float8 / NULLIF(cardinality(c."neededSupportTypes"), 0), 0.5)
      + 0.25::float8 * COALESCE(
          ((NOT 'PREMISES' = ANY(o."supportTypes") AND c."bringsPremises")::int
            + (o."costModel" <> 'FREE' AND c."bringsFunding")::int)::float8
          / NULLIF((NOT 'PREMISES' = ANY(o."supportTypes"))::int + (o."costModel" <> 'FREE')::int, 0), 1))`,
    // Matches carry no participant counts, so active ones are taken to share the capacity equally
    // with the new one; an actor that gave no capacity gets the neutral half.
    capacity: Prisma.sql`CASE WHEN o."capacity" IS NULL THEN ${w(weights.capacity)} * 0.5::float8
      WHEN o."capacity" <= 0 THEN 0
      ELSE ${w(weights.capacity)} / (1 + COALESCE(ac."active", 0)) END`,
    trackRecord: Prisma.sql`${w(weights.trackRecord)} * (0.7::float8 * least(COALESCE(tr."completed", 0), 3) / 3
      + 0.3::float8 * least(COALESCE(tr."measured", 0), 3) / 3)`,
    freshness: Prisma.sql`${w(weights.freshness)}
      * least(1, exp(-date_part('epoch', now() - greatest(o."publishedAt", o."updatedAt")) / ${w(FRESHNESS_SECONDS)}))`,
  };
}

const wordWeight = (weights: Prisma.Sql) =>
  Prisma.sql`(SELECT max(CASE w WHEN 'A' THEN 3 WHEN 'B' THEN 2 ELSE 1 END) FROM unnest(${weights}) AS w)`;

/**
 * The words both texts use, most telling first: in the titles before the summaries before the
 * bodies, longer (compound) words before shorter; the common words above left out. The stems
 * come from the two "search" columns; each is shown as the challenge writes it (ts_headline
 * marks the words of its text that have the stem): where it stands inside a sentence if it
 * does anywhere (a capital there is a name's, "Portalen"), else in lower case ("Jobbcoachning"
 * begins the title). Runs for the rows returned only, and a cached pair whose texts have not
 * changed since it was ranked reads the words stored with it.
 */
const liveSharedWordsSql = Prisma.sql`(
  WITH shared AS MATERIALIZED (
    SELECT a.lexeme, ${wordWeight(Prisma.sql`a.weights`)} + ${wordWeight(Prisma.sql`b.weights`)} AS "weight"
    FROM unnest(c."search") AS a JOIN unnest(o."search") AS b ON b.lexeme = a.lexeme
    WHERE length(a.lexeme) >= ${SHARED_WORD_MIN_STEM} AND a.lexeme ~ '^[[:alpha:]]+$'
      AND a.lexeme <> ALL(common."lexemes")
    ORDER BY 2 DESC, length(a.lexeme) DESC, a.lexeme LIMIT ${SHARED_WORDS}
  ),
  marked AS MATERIALIZED (
    SELECT m.found[2] AS "form", m.found[1] IS NOT NULL AS "opensSentence", m.n,
           (tsvector_to_array(to_tsvector(${SEARCH_CONFIG}, m.found[2])))[1] AS lexeme
    FROM regexp_matches(
      ts_headline(${SEARCH_CONFIG}, c."text", (SELECT string_agg('''' || lexeme || '''', ' | ') FROM shared)::tsquery,
                  'HighlightAll=true, StartSel=⟪, StopSel=⟫'),
      '(^|[.!?]\s+|\n\s*)?⟪([^⟪⟫]+)⟫', 'g') WITH ORDINALITY AS m(found, n)
  )
  SELECT COALESCE(array_agg(f."form" ORDER BY s."weight" DESC, length(s.lexeme) DESC, s.lexeme), '{}')
  FROM shared s
  CROSS JOIN LATERAL (
    SELECT CASE WHEN mk."opensSentence" THEN lower(mk."form") ELSE mk."form" END AS "form"
    FROM marked mk WHERE mk.lexeme = s.lexeme ORDER BY mk."opensSentence", mk.n LIMIT 1) AS f)`;

const sharedWordsSql = Prisma.sql`CASE
  WHEN cs."sharedWords" IS NOT NULL AND cs."computedAt" >= greatest(c."updatedAt", o."updatedAt") THEN cs."sharedWords"
  ELSE ${liveSharedWordsSql} END`;

/** The facts behind the points, for the rows returned only. */
const reasonsSql = Prisma.sql`
  geo.fit AS "geographyFit",
  CASE WHEN c."focusArea" = ANY(o."focusAreas") THEN c."focusArea"::text END AS "sharedFocusArea",
  ARRAY(SELECT g::text FROM unnest(c."targetGroups") WITH ORDINALITY AS u(g, i)
        WHERE g = ANY(o."targetGroups") ORDER BY i) AS "sharedTargetGroups",
  ARRAY(SELECT t::text FROM unnest(c."neededSupportTypes") WITH ORDINALITY AS u(t, i)
        WHERE t = ANY(o."supportTypes") ORDER BY i) AS "matchingSupportTypes",
  CASE WHEN o."capacity" IS NULL THEN NULL
       ELSE greatest(0, floor(o."capacity"::float8 / (1 + COALESCE(ac."active", 0))))::int END AS "capacityLeft",
  COALESCE(tr."completed", 0)::int AS "completedMatches",
  COALESCE(tr."measured", 0)::int AS "measuredResults",
  ARRAY(SELECT g::text FROM unnest(c."targetGroups") WITH ORDINALITY AS u(g, i)
        WHERE g <> 'ALL_RESIDENTS' AND NOT g = ANY(o."targetGroups") ORDER BY i) AS "missingTargetGroups",
  ARRAY(SELECT t::text FROM unnest(c."neededSupportTypes") WITH ORDINALITY AS u(t, i)
        WHERE NOT t = ANY(o."supportTypes") ORDER BY i) AS "missingSupportTypes",
  COALESCE(ac."active", 0)::int AS "activeMatches",
  ${sharedWordsSql} AS "sharedWords"`;

/**
 * Same neighbourhood needs a fact the offering does not store: the actor is based in the
 * challenge's municipality, works there, and its own text names the neighbourhood.
 */
const geographyLateral = Prisma.sql`
  CROSS JOIN LATERAL (SELECT CASE
    WHEN o."municipalityCodes" @> ARRAY[c."municipalityCode"] AND org."municipalityCode" = c."municipalityCode"
         AND c."hood" IS NOT NULL AND o."search" @@ c."hood" THEN 'NEIGHBOURHOOD'
    WHEN o."municipalityCodes" @> ARRAY[c."municipalityCode"] THEN 'MUNICIPALITY'
    WHEN o."municipalityCodes" && c."countyCodes" THEN 'REGION'
    WHEN o."isNational" THEN 'NATIONAL'
    ELSE 'NONE' END AS fit) AS geo`;

/**
 * Track record per organisation (COMPLETED matches of any of its offerings, and indicators of
 * its matches with at least one measurement) and active matches per offering ("Match_state_idx").
 * Both aggregate the Match table, which grows with collaborations, not with offerings, and are
 * hash-joined to the candidates.
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

/**
 * The offering is publicly listed, and the pair was never matched in any state
 * ("Match_challengeId_offeringId_key"). Which challenges take part is each route's choice.
 */
const suggestablePair = Prisma.sql`
  o."status" = 'PUBLISHED' AND o."unpublishedAt" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "Match" mx WHERE mx."challengeId" = c."id" AND mx."offeringId" = o."id")`;

export const openChallengeSql = Prisma.sql`c."status" = 'OPEN' AND c."unpublishedAt" IS NULL`;

/**
 * The open challenges one offering is a candidate for (candidateSql seen from its side), found
 * through "Challenge_status_focusArea_idx" and "Challenge_municipalityCode_idx".
 */
export const challengesForOfferingSql = (offeringId: string) => Prisma.sql`${openChallengeSql} AND EXISTS (
  SELECT 1 FROM "Offering" x WHERE x."id" = ${offeringId}::uuid
    AND (x."isNational" OR EXISTS (SELECT 1 FROM unnest(x."municipalityCodes") AS m
                                   WHERE left(m, 2) = left(c."municipalityCode", 2)))
    AND (c."focusArea" = ANY(x."focusAreas") OR c."municipalityCode" = ANY(x."municipalityCodes")))`;

/**
 * Candidate pre-filter. An offering must be able to work where the challenge is: in its
 * county ("Offering_municipalityCodes_idx" against the county's municipality codes) or
 * nationally ("Offering_isNational_idx"); the planner ORs the two bitmaps. An actor that
 * cannot come to the place is no candidate, whatever else fits (the demo's own decline:
 * "we only work in Boden and Luleå"). Then it must share the focus area or the very
 * municipality: without either it has lost 40 of the 100 points.
 */
const candidateSql = Prisma.sql`
  (o."municipalityCodes" && c."countyCodes" OR o."isNational")
  AND (o."focusAreas" @> ARRAY[c."focusArea"] OR o."municipalityCodes" @> ARRAY[c."municipalityCode"])`;

export interface RankSpec {
  /** Which challenges take part (alias c): one, or the open ones after the curators' filters. */
  challenges: Prisma.Sql;
  /** Which offerings take part (alias o), besides the suggestable and candidate rules. */
  offerings: Prisma.Sql;
  /** The side whose page asks: its rows are ranked among themselves. */
  per: 'challenge' | 'offering';
  perLimit: number;
  limit: number;
  /**
   * Only the pairs in "ChallengeSuggestion" (its primary key), still subject to every rule
   * below: the curators' queue re-scores its cached candidates instead of all offerings.
   */
  cachedCandidatesOnly?: boolean;
  /** Pairs scoring lower are left out (the weak band, unless the reader asks for it). */
  minScore?: number;
}

/**
 * Ranks pairs in two stages so the text search runs on few rows. Stage one scores every
 * candidate pair on everything but text. The text component is at most its weight, so within
 * one subject a pair whose other points fall more than that weight below the k-th best cannot
 * reach the top k: those are dropped before ts_rank runs (exact, not an approximation).
 */
export async function rankSuggestions(prisma: PrismaClient, spec: RankSpec): Promise<SuggestionRow[]> {
  // Ranking many open challenges at once (a full refresh of the queue's cache) can take
  // seconds at 100,000 offerings, longer than Prisma's default five-second transaction limit.
  return prisma.$transaction((tx) => rankSuggestionsIn(tx, spec), { timeout: 60_000 });
}

/** The same, inside the caller's transaction (which then holds the raised work_mem too). */
export async function rankSuggestionsIn(tx: Prisma.TransactionClient, spec: RankSpec): Promise<SuggestionRow[]> {
  // The pruning sorts and joins some thousand candidate pairs at 100,000 offerings; the default
  // 4 MB work_mem sends those to disk. SET LOCAL ends with the transaction.
  await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
  return tx.$queryRaw<SuggestionRow[]>(rankSuggestionsSql(spec));
}

export function rankSuggestionsSql(spec: RankSpec, weights: Weights = SUGGESTION_WEIGHTS): Prisma.Sql {
  const subject = spec.per === 'challenge' ? Prisma.sql`s."challengeId"` : Prisma.sql`s."offeringId"`;
  const minScore = w(spec.minScore ?? 0);
  const components = cheapComponentsSql(weights);
  const pairContext = Prisma.sql`
    JOIN "Organisation" org ON org."id" = o."organisationId"
    ${geographyLateral}
    LEFT JOIN tr ON tr."organisationId" = o."organisationId"
    LEFT JOIN ac ON ac."offeringId" = o."id"`;
  // Intermediate rows stay narrow (two ids and a number) so sorting thousands of them stays in memory.
  return Prisma.sql`
    WITH c AS MATERIALIZED (
      SELECT c."id", c."focusArea", c."targetGroups", c."municipalityCode", c."neededSupportTypes",
             c."bringsPremises", c."bringsFunding", c."search", c."updatedAt",
             concat_ws(E'\n', c."title", c."summary", c."description", c."desiredOutcome") AS "text",
             ${neighbourhoodQuery(Prisma.sql`c."neighbourhood"`)} AS "hood",
             ${challengeWordsQuery} AS "words",
             ARRAY(SELECT m FROM unnest(${ALL_MUNICIPALITY_CODES}::bpchar[]) AS m
                   WHERE left(m, 2) = left(c."municipalityCode", 2)) AS "countyCodes"
      FROM "Challenge" c WHERE ${spec.challenges}
    ),
    ${recordCtes},
    common AS (SELECT tsvector_to_array(to_tsvector(${SEARCH_CONFIG}, ${COMMON_WORDS})) AS "lexemes"),
    cheap AS MATERIALIZED (
      SELECT c."id" AS "challengeId", o."id" AS "offeringId",
             ${Prisma.join(Object.values(components), ' + ')} AS "cheapScore"
      FROM c
      ${
        spec.cachedCandidatesOnly
          ? Prisma.sql`JOIN "ChallengeSuggestion" cs ON cs."challengeId" = c."id"
                       JOIN "Offering" o ON o."id" = cs."offeringId" AND ${candidateSql}`
          : Prisma.sql`JOIN "Offering" o ON ${candidateSql}`
      }
      ${pairContext}
      WHERE ${suggestablePair} AND ${spec.offerings}
    ),
    bar AS (
      SELECT s."subjectId", min(s."cheapScore") AS "kthBest" FROM (
        SELECT ${subject} AS "subjectId", s."cheapScore",
               row_number() OVER (PARTITION BY ${subject} ORDER BY s."cheapScore" DESC) AS n
        FROM cheap s
      ) s WHERE s.n <= ${spec.perLimit} GROUP BY 1
    ),
    ranked AS (
      SELECT t.*, row_number() OVER (PARTITION BY t."subjectId" ORDER BY t."score" DESC, t."offeringId", t."challengeId") AS n
      FROM (
        SELECT s."challengeId", s."offeringId", ${subject} AS "subjectId", x."text", s."cheapScore" + x."text" AS "score"
        FROM cheap s
        JOIN bar b ON b."subjectId" = ${subject}
        JOIN c ON c."id" = s."challengeId"
        JOIN "Offering" o ON o."id" = s."offeringId"
        CROSS JOIN LATERAL (SELECT ${w(weights.text)}
          * CASE WHEN o."search" @@ c."words"
              THEN least(1, ts_rank(o."search", c."words") / ${w(TEXT_RANK_FOR_FULL_POINTS)}) ELSE 0 END AS "text") AS x
        WHERE s."cheapScore" + ${w(weights.text)} >= b."kthBest" AND s."cheapScore" + ${w(weights.text)} >= ${minScore}
      ) t
    )
    SELECT r."challengeId", r."offeringId", r."score", r."text",
           ${Prisma.join(
             Object.entries(components).map(([name, sql]) => Prisma.sql`${sql} AS ${Prisma.raw(`"${name}"`)}`),
             ', ',
           )},
           ${reasonsSql}
    FROM ranked r
    JOIN c ON c."id" = r."challengeId"
    JOIN "Offering" o ON o."id" = r."offeringId"
    ${pairContext}
    CROSS JOIN common
    LEFT JOIN "ChallengeSuggestion" cs ON cs."challengeId" = r."challengeId" AND cs."offeringId" = r."offeringId"
    WHERE r.n <= ${spec.perLimit} AND r."score" >= ${minScore}
    ORDER BY r."score" DESC, r."challengeId", r."offeringId"
    LIMIT ${spec.limit}`;
}
