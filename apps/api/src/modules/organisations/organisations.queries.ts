import type {
  ActorType,
  FacetCount,
  ORGANISATION_FACETS,
  OrganisationKind,
  VerificationStatus,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import type { Viewer } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { SEARCH_CONFIG } from '../../lib/search-query';

/*
 * Why organisations do not go through lib/faceted-search.ts: that helper matches q with full
 * text only, ranks by ts_rank_cd and lists newest first without q. Organisations are looked up
 * by name, often misspelt ("Hyresbostäder i Norköping"), so the match also takes trigram
 * similarity, the rank adds the name's similarity, and without q the list is alphabetical. The
 * facet counting below follows the helper's rules (disjunctive: each facet counted under every
 * filter but its own; selected values stay, at zero if need be; count desc, then value). Only
 * verified organisations are listed, except to curators and to an organisation's own members
 * (lib/visibility.ts).
 */

type FacetName = (typeof ORGANISATION_FACETS)[number];

export interface OrganisationSearch {
  q?: string | undefined;
  kinds?: readonly OrganisationKind[] | undefined;
  actorTypes?: readonly ActorType[] | undefined;
  municipalities?: readonly string[] | undefined;
  regions?: readonly string[] | undefined;
  verifications?: readonly VerificationStatus[] | undefined;
  page: number;
  pageSize: number;
  cursor?: string | undefined;
  /** Who lists: curators see every organisation, others the verified ones and their own. */
  viewer: Viewer;
}

export interface OrganisationSearchResult {
  ids: string[];
  total: number;
  nextCursor: string | null;
  facets: Record<FacetName, FacetCount[]>;
}

/**
 * Names sort in Swedish (… Z, Å, Ä, Ö) with PostgreSQL's ICU collation, whatever the cluster's
 * own locale; "Organisation_name_id_idx" is built with the same collation, so it serves the order.
 */
const SWEDISH = Prisma.raw('COLLATE "sv-SE-x-icu"');

/** Below this trigram similarity a name is not taken as a misspelling of the query. */
const NAME_SIMILARITY = 0.3;

/** The sort key of the last row: alphabetical without q; relevance, then name, with q. */
type CursorKey = { by: 'name'; name: string; id: string } | { by: 'score'; score: number; name: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(key: CursorKey): string {
  const tuple = key.by === 'name' ? ['o', key.name, key.id] : ['s', key.score, key.name, key.id];
  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

function badCursor(): AppError {
  return new AppError('BAD_REQUEST', 'The cursor is not valid for this search; start again from the first page', {
    part: 'querystring',
    issues: [{ path: ['cursor'], message: 'Invalid cursor', code: 'invalid_cursor' }],
  });
}

function decodeCursor(cursor: string, expected: CursorKey['by']): CursorKey {
  let tuple: unknown;
  try {
    tuple = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(tuple)) throw badCursor();
  const [kind, ...rest] = tuple as unknown[];
  const id = rest.at(-1);
  const name = rest.at(-2);
  if (typeof id !== 'string' || !UUID.test(id) || typeof name !== 'string') throw badCursor();
  if (expected === 'name' && kind === 'o' && rest.length === 2) return { by: 'name', name, id };
  const score = rest[0];
  if (
    expected === 'score' &&
    kind === 's' &&
    rest.length === 3 &&
    typeof score === 'number' &&
    Number.isFinite(score)
  ) {
    return { by: 'score', score, name, id };
  }
  throw badCursor();
}

const and = (predicates: readonly Prisma.Sql[]) =>
  predicates.length ? Prisma.join(predicates, ' AND ') : Prisma.sql`TRUE`;

/**
 * A page of organisations with the total and the facet counts.
 * Full text (swedish stemming, accents folded) uses "Organisation_search_idx", misspelt names pg_trgm's
 * operators on "Organisation_name_trgm_idx" (a bitmap OR of the two indexes).
 * Alphabetical (Swedish) pages and their keyset cursor use "Organisation_name_id_idx"; kind and
 * municipality filters "Organisation_kind_idx" and "Organisation_municipalityCode_idx".
 */
export async function searchOrganisations(
  prisma: PrismaClient,
  search: OrganisationSearch,
): Promise<OrganisationSearchResult> {
  const selected = <T extends string>(values: readonly T[] | undefined) => (values?.length ? values : undefined);
  const kinds = selected(search.kinds);
  const actorTypes = selected(search.actorTypes);
  const municipalities = selected(search.municipalities);
  const regions = selected(search.regions);
  const verifications = selected(search.verifications);

  const facets: Record<FacetName, { value: Prisma.Sql; filter: Prisma.Sql | undefined; selected?: readonly string[] }> =
    {
      kind: {
        value: Prisma.sql`o."kind"::text`,
        filter: kinds && Prisma.sql`o."kind" = ANY(${kinds}::"OrganisationKind"[])`,
        ...(kinds ? { selected: kinds } : {}),
      },
      actorType: {
        value: Prisma.sql`o."actorType"::text`,
        filter: actorTypes && Prisma.sql`o."actorType" = ANY(${actorTypes}::"ActorType"[])`,
        ...(actorTypes ? { selected: actorTypes } : {}),
      },
      municipality: {
        value: Prisma.sql`o."municipalityCode"::text`,
        filter: municipalities && Prisma.sql`o."municipalityCode" = ANY(${municipalities}::bpchar[])`,
        ...(municipalities ? { selected: municipalities } : {}),
      },
      region: {
        // The county code is the municipality code's first two digits (SCB).
        value: Prisma.sql`left(o."municipalityCode", 2)`,
        filter: regions && Prisma.sql`left(o."municipalityCode", 2) = ANY(${regions}::text[])`,
        ...(regions ? { selected: regions } : {}),
      },
      verification: {
        value: Prisma.sql`o."verification"::text`,
        filter: verifications && Prisma.sql`o."verification" = ANY(${verifications}::"VerificationStatus"[])`,
        ...(verifications ? { selected: verifications } : {}),
      },
    };
  const names = Object.keys(facets) as FacetName[];
  const filtersExcept = (except: FacetName | null) =>
    names.flatMap((name) => {
      const filter = facets[name].filter;
      return name !== except && filter ? [filter] : [];
    });

  const q = search.q?.trim();
  const base: Prisma.Sql[] = [];
  if (!search.viewer.curator) {
    const own = search.viewer.organisationIds;
    base.push(
      own.length
        ? Prisma.sql`(o."verification" = 'VERIFIED' OR o."id" = ANY(${[...own]}::uuid[]))`
        : Prisma.sql`o."verification" = 'VERIFIED'`,
    );
  }
  let score = Prisma.sql`NULL::real`;
  if (q) {
    // The configuration of the generated "search" column: stems with å, ä, ö folded.
    const tsquery = Prisma.sql`websearch_to_tsquery(${SEARCH_CONFIG}, ${q})`;
    // `<%` is word_similarity(q, name) >= threshold and `%` similarity(name, q) >= threshold; as
    // operators (not functions) they can use "Organisation_name_trgm_idx". Their thresholds are
    // settings, set to NAME_SIMILARITY for the statements' transaction below.
    base.push(Prisma.sql`(o."search" @@ ${tsquery} OR ${q} <% o."name" OR o."name" % ${q})`);
    score = Prisma.sql`(ts_rank(o."search", ${tsquery}) + similarity(o."name", ${q}))::real`;
  }

  // --- the page ------------------------------------------------------------------------------
  const pagePredicates = [...base, ...filtersExcept(null)];
  let offset = (search.page - 1) * search.pageSize;
  if (search.cursor) {
    const key = decodeCursor(search.cursor, q ? 'score' : 'name');
    offset = 0;
    const afterName = Prisma.sql`(o."name" ${SWEDISH}, o."id") > (${key.name}::text ${SWEDISH}, ${key.id}::uuid)`;
    pagePredicates.push(
      key.by === 'score'
        ? Prisma.sql`(${score} < ${key.score}::real OR (${score} = ${key.score}::real AND ${afterName}))`
        : afterName,
    );
  }
  const order = q
    ? Prisma.sql`"score" DESC, o."name" ${SWEDISH} ASC, o."id" ASC`
    : Prisma.sql`o."name" ${SWEDISH} ASC, o."id" ASC`;
  // One row more than the page tells whether a next page exists without counting.
  const pageSql = Prisma.sql`
    SELECT o."id", o."name", ${score} AS "score"
    FROM "Organisation" o
    WHERE ${and(pagePredicates)}
    ORDER BY ${order}
    LIMIT ${search.pageSize + 1} OFFSET ${offset}`;

  // --- the total and every facet's counts, in one statement ------------------------------------
  // The match (full text or trigram similarity over every name) is computed once, materialised,
  // and the six counts read that; otherwise each count would recompute it for the whole table.
  const branches: Prisma.Sql[] = [
    Prisma.sql`SELECT '' AS "facet", NULL::text AS "value", count(*) AS "count"
      FROM o WHERE ${and(filtersExcept(null))}`,
    ...names.map(
      (name) => Prisma.sql`SELECT ${name}::text AS "facet", ${facets[name].value} AS "value", count(*) AS "count"
        FROM o WHERE ${and(filtersExcept(name))}
        GROUP BY 2`,
    ),
  ];
  const countsSql = Prisma.sql`
    WITH o AS MATERIALIZED (
      SELECT o."kind", o."actorType", o."municipalityCode", o."verification"
      FROM "Organisation" o WHERE ${and(base)}
    )
    ${Prisma.join(branches, ' UNION ALL ')}`;

  type PageRow = { id: string; name: string; score: number | null };
  type CountRow = { facet: string; value: string | null; count: bigint };
  const [pageRows, countRows] = q
    ? await prisma.$transaction(async (tx) => {
        const threshold = String(NAME_SIMILARITY);
        // Settings for this transaction only. pg_trgm's similarity functions are costed like a plain
        // comparison, so the planner underrates a sequential scan that runs them on every name and
        // passes over the indexes on tables of tens of thousands of rows (20,000 organisations:
        // 320 ms sequential, 38 ms through the two indexes); with enable_seqscan off it takes the
        // index paths where there are some and still scans where there are none.
        await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${threshold}, true),
          set_config('pg_trgm.word_similarity_threshold', ${threshold}, true),
          set_config('enable_seqscan', 'off', true)`;
        return [await tx.$queryRaw<PageRow[]>(pageSql), await tx.$queryRaw<CountRow[]>(countsSql)] as const;
      })
    : await Promise.all([prisma.$queryRaw<PageRow[]>(pageSql), prisma.$queryRaw<CountRow[]>(countsSql)]);

  const rows = pageRows.slice(0, search.pageSize);
  const last = rows.at(-1);
  let nextCursor: string | null = null;
  if (last && pageRows.length > search.pageSize) {
    nextCursor = encodeCursor(
      q
        ? { by: 'score', score: Number(last.score), name: last.name, id: last.id }
        : { by: 'name', name: last.name, id: last.id },
    );
  }

  let total = 0;
  const counted = new Map<string, Map<string, number>>();
  for (const row of countRows) {
    if (row.facet === '') total = Number(row.count);
    else if (row.value !== null) {
      const values = counted.get(row.facet) ?? new Map<string, number>();
      values.set(row.value, Number(row.count));
      counted.set(row.facet, values);
    }
  }
  const facetCounts = {} as Record<FacetName, FacetCount[]>;
  for (const name of names) {
    const values = new Map(counted.get(name) ?? []);
    for (const value of facets[name].selected ?? []) if (!values.has(value)) values.set(value, 0);
    facetCounts[name] = [...values]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }

  return { ids: rows.map((r) => r.id), total, nextCursor, facets: facetCounts };
}
