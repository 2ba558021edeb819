import type { FacetCount } from '@motesplats/contracts';
import type { PrismaClient } from '../db/prisma';
import { Prisma } from '../generated/prisma/client';
import type { Viewer } from './actor';
import { AppError } from './errors';
import { visibleSql } from './visibility';
import { parseSearch, prepareSearch, searchSql, type SearchColumns } from './search-query';

/*
 * One way to answer a searchable list (challenges, offerings, labs, organisations) from SQL.
 *
 * The caller describes the list; facetedSearch() returns { ids, total, nextCursor, facets }.
 * It runs two statements concurrently (the page; the total and every facet's counts in one
 * UNION ALL), with q after preparing it (lib/search-query.ts). The caller then loads the rows
 * for `ids` (in that order) with Prisma and maps them to the contract.
 *
 *   from        the base relation with its alias(es), e.g. Prisma.sql`"Challenge" c`
 *               (joins are fine; every row must appear once per item)
 *   id          the item's id column, e.g. Prisma.sql`c."id"`
 *   visible     the viewer's visibility predicate (lib/visibility.ts), applied everywhere:
 *               page, total and every facet count, so hidden rows never leak through counts
 *   conditions  predicates that always apply and are not facets (organisation=, lab=)
 *   facets      keyed by facet name (the contract's *_FACETS):
 *                 value     the row's one value, e.g. Prisma.sql`c."focusArea"`; region =
 *                           left(municipality code, 2) (SCB codes start with the county)
 *              or values    an array of the row's values, without duplicates (each row counts
 *                           once per value; store arrays through distinctValues), counted with
 *                           unnest, e.g. Prisma.sql`c."targetGroups"`
 *                           Values are cast to text after grouping, once per value, not per
 *                           row: an enum's cast to text costs more than the counting.
 *                 filter    the predicate when the request selected values for this facet (OR
 *                           within the facet is the predicate's job, e.g. `= ANY(...)` or `&&`);
 *                           undefined when nothing is selected. Filters are ANDed across facets.
 *                 selected  the selected values: they stay in the counts even at zero
 *                 matchesEveryValue  optional predicate for rows that match whichever value is
 *                           selected (national offerings under municipality/region): they are
 *                           added to every value's count, as selecting it would return them
 *               Facets are disjunctive: facet F is counted under every filter except F's own,
 *               so the counts say what choosing another value of F would give. Values are
 *               sorted by count desc, then value.
 *   text        { q, vector, title, focusAreas, targetGroups }: what q finds and how it ranks,
 *               by lib/search-query.ts (prefixes, stems without accents, the glossary, the
 *               classification, similar stems; the narrowest reading of q that finds ENOUGH
 *               items, see below; exact title first);
 *               vector is the generated tsvector with a GIN index, e.g. "Challenge_search_idx";
 *               ties broken by id
 *   newest      a NOT NULL timestamptz expression for the order without q (newest first, then
 *               id), e.g. Prisma.sql`COALESCE(c."publishedAt", c."createdAt")`
 *   page, pageSize, cursor
 *               without cursor: OFFSET (page-1)*pageSize (first pages, page links); with cursor
 *               (the previous answer's nextCursor, opaque base64url of the last row's sort key):
 *               keyset, continuing after that row, which stays fast however deep. A cursor from
 *               another ordering (q vs no q) or a garbled one answers 400 BAD_REQUEST.
 */

export type FacetSpec = (
  | { /** One text value per row. */ value: Prisma.Sql }
  | { /** A text[] of values per row, without duplicates. */ values: Prisma.Sql }
) & {
  filter?: Prisma.Sql | undefined;
  selected?: readonly string[] | undefined;
  matchesEveryValue?: Prisma.Sql | undefined;
};

export interface FacetedSearchSpec<F extends string> {
  from: Prisma.Sql;
  id: Prisma.Sql;
  visible: Prisma.Sql;
  conditions?: readonly Prisma.Sql[];
  facets: Record<F, FacetSpec>;
  text?: ({ q: string } & SearchColumns) | undefined;
  newest: Prisma.Sql;
  page: number;
  pageSize: number;
  cursor?: string | undefined;
}

export interface FacetedSearchResult<F extends string> {
  ids: string[];
  total: number;
  nextCursor: string | null;
  facets: Record<F, FacetCount[]>;
}

type Db = Pick<PrismaClient, '$queryRaw'>;

/** A page: when q's narrower reading finds this many items, its wider ones are not used. */
const ENOUGH = 20;

/** Array columns that are facets are stored without duplicates (facet `values` relies on it). */
/**
 * The search answers ids in order; the rows come back from a second query in any order. A row
 * deleted between the two queries drops out rather than failing the request.
 */
export function inIdOrder<R extends { id: string }, T>(
  ids: readonly string[],
  rows: readonly R[],
  map: (row: R) => T,
): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [map(row)] : [];
  });
}

/** Array columns that are facets are stored without duplicates (facet `values` relies on it). */
export function distinctValues<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The sort key of one row: its rank (when q) or its newest-timestamp (without q), then its id. */
type CursorKey = { by: 'rank'; rank: number; id: string } | { by: 'newest'; at: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(key: CursorKey): string {
  const tuple = key.by === 'rank' ? ['r', key.rank, key.id] : ['n', key.at, key.id];
  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

function badCursor(): AppError {
  return new AppError('BAD_REQUEST', 'The cursor is not valid for this search; start again from the first page', {
    part: 'querystring',
    issues: [{ path: ['cursor'], message: 'Invalid cursor', code: 'invalid_cursor' }],
  });
}

export function decodeCursor(cursor: string, expected: CursorKey['by']): CursorKey {
  let tuple: unknown;
  try {
    tuple = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(tuple) || tuple.length !== 3) throw badCursor();
  const [kind, sortValue, id] = tuple as unknown[];
  if (typeof id !== 'string' || !UUID.test(id)) throw badCursor();
  if (expected === 'rank' && kind === 'r' && typeof sortValue === 'number' && Number.isFinite(sortValue)) {
    return { by: 'rank', rank: sortValue, id };
  }
  if (
    expected === 'newest' &&
    kind === 'n' &&
    typeof sortValue === 'string' &&
    !Number.isNaN(new Date(sortValue).getTime())
  ) {
    return { by: 'newest', at: sortValue, id };
  }
  throw badCursor();
}

const and = (predicates: readonly Prisma.Sql[]) =>
  predicates.length ? Prisma.join(predicates, ' AND ') : Prisma.sql`TRUE`;

interface PageRow {
  id: string;
  rank: number | null;
  newest: Date;
}

interface CountRow {
  facet: string;
  value: string | null;
  count: bigint | number;
}

export async function facetedSearch<F extends string>(
  db: Db,
  spec: FacetedSearchSpec<F>,
): Promise<FacetedSearchResult<F>> {
  const names = Object.keys(spec.facets) as F[];
  const q = spec.text?.q.trim();
  const prepared = q && spec.text ? await prepareSearch(db, parseSearch(q)) : null;
  const search = prepared && spec.text ? searchSql(prepared, spec.text) : null;
  const always = [spec.visible, ...(spec.conditions ?? [])];
  let textMatch = search?.match ?? null;
  if (search && prepared && (prepared.terms.length > 1 || search.classified)) {
    // The narrowest reading of q that finds a page: every term by its text; else every term by
    // text or classification; else at least half of the terms. In a long list the wider
    // readings' items would only come after every text match, and finding them costs a scan of
    // a focus area or target group. Asked without the facet filters, so that choosing a filter
    // value narrows what its count said and never switches to a wider reading.
    const enough = (predicate: Prisma.Sql) => Prisma.sql`(SELECT count(*) >= ${ENOUGH} FROM
      (SELECT 1 FROM ${spec.from} WHERE ${and([...always, predicate])} LIMIT ${ENOUGH}) AS s)`;
    const [row] = await db.$queryRaw<{ byText: boolean; every: boolean }[]>`
      SELECT ${enough(search.everyByText)} AS "byText",
        ${search.classified && prepared.terms.length > 1 ? enough(search.every) : Prisma.sql`FALSE`} AS "every"`;
    if (row?.byText) textMatch = search.everyByText;
    else if (row?.every) textMatch = search.every;
  }
  const rank = search?.rank ?? Prisma.sql`NULL::real`;

  const base: Prisma.Sql[] = [...always, ...(textMatch ? [textMatch] : [])];
  const filters = names.flatMap((name) => spec.facets[name].filter ?? []);

  // --- the page ------------------------------------------------------------------------------
  // One row more than the page tells whether a next page exists without counting.
  const limit = spec.pageSize + 1;
  let offset = (spec.page - 1) * spec.pageSize;
  const key = spec.cursor ? decodeCursor(spec.cursor, textMatch ? 'rank' : 'newest') : null;
  if (key) offset = 0;
  const after = (sortKey: Prisma.Sql, id: Prisma.Sql) => {
    if (!key) return [];
    const at = key.by === 'rank' ? Prisma.sql`${key.rank}::real` : Prisma.sql`${new Date(key.at)}::timestamptz`;
    return [Prisma.sql`(${sortKey} < ${at} OR (${sortKey} = ${at} AND ${id} > ${key.id}::uuid))`];
  };
  const pageQuery = db.$queryRaw<PageRow[]>`
    SELECT ${spec.id} AS "id", ${rank} AS "rank", ${spec.newest} AS "newest"
    FROM ${spec.from}
    WHERE ${and([...base, ...filters, ...(textMatch ? after(rank, spec.id) : after(spec.newest, spec.id))])}
    ORDER BY ${textMatch ? Prisma.sql`"rank"` : Prisma.sql`"newest"`} DESC, ${spec.id} ASC
    LIMIT ${limit} OFFSET ${offset}`;

  // --- the total and the facet counts, in one statement ----------------------------------------
  // Without q, each facet is counted by its own scan under the base predicates and the other
  // facets' filters, so the planner can use those filters' indexes. Disjunctive counts need the
  // rows that fail the facet's own filter, so with no filter but its own a facet reads every
  // visible row. With q, the rows q finds are found once ("hits", with each facet's values and
  // filter results) and every count reads those: testing q on each row again, once per facet,
  // costs more than all the counting.
  type Source = { from: Prisma.Sql; base: Prisma.Sql[]; facet: (name: F) => FacetSpec };
  const direct: Source = { from: spec.from, base, facet: (name) => spec.facets[name] };
  const column = (prefix: string, i: number) => Prisma.raw(`h."${prefix}${i}"`);
  const materialised: Source = {
    from: Prisma.sql`hits h`,
    base: [],
    facet: (name) => {
      const i = names.indexOf(name);
      const facet = spec.facets[name];
      return {
        ...('value' in facet ? { value: column('v', i) } : { values: column('v', i) }),
        filter: facet.filter && column('f', i),
        selected: facet.selected,
        matchesEveryValue: facet.matchesEveryValue && column('w', i),
      };
    },
  };
  const source = textMatch ? materialised : direct;
  const hits = textMatch
    ? Prisma.sql`WITH hits AS MATERIALIZED (SELECT ${Prisma.join(
        names.flatMap((name, i) => {
          const facet = spec.facets[name];
          return [
            Prisma.sql`${'value' in facet ? facet.value : facet.values} AS ${Prisma.raw(`"v${i}"`)}`,
            ...(facet.filter ? [Prisma.sql`${facet.filter} AS ${Prisma.raw(`"f${i}"`)}`] : []),
            ...(facet.matchesEveryValue ? [Prisma.sql`${facet.matchesEveryValue} AS ${Prisma.raw(`"w${i}"`)}`] : []),
          ];
        }),
        ', ',
      )} FROM ${spec.from} WHERE ${and(base)})`
    : Prisma.empty;

  const filterOf = (name: F) => source.facet(name).filter;
  const others = (except: F) => names.flatMap((name) => (name === except ? [] : (filterOf(name) ?? [])));
  // Single-valued facets without a filter of their own are counted under the same predicates as
  // the total, so they share its scan: one GROUPING SETS pass instead of one scan each.
  const shared = names.filter((name) => {
    const facet = spec.facets[name];
    return 'value' in facet && !facet.filter && !facet.matchesEveryValue;
  });
  const g = (i: number) => Prisma.raw(`s."g${i}"`);
  const totalWhere = and([...source.base, ...names.flatMap((name) => filterOf(name) ?? [])]);
  const branches: Prisma.Sql[] = [
    shared.length === 0
      ? Prisma.sql`SELECT '' AS "facet", NULL::text AS "value", count(*) AS "count"
          FROM ${source.from} WHERE ${totalWhere}`
      : Prisma.sql`SELECT
            CASE ${Prisma.join(
              shared.map((name, i) => Prisma.sql`WHEN GROUPING(${g(i)}) = 0 THEN ${name}::text`),
              ' ',
            )} ELSE '' END AS "facet",
            CASE ${Prisma.join(
              shared.map((_, i) => Prisma.sql`WHEN GROUPING(${g(i)}) = 0 THEN ${g(i)}::text`),
              ' ',
            )} END AS "value",
            count(*) AS "count"
          FROM (SELECT ${Prisma.join(
            shared.map((name, i) => {
              const facet = source.facet(name);
              return Prisma.sql`${'value' in facet ? facet.value : Prisma.empty} AS ${Prisma.raw(`"g${i}"`)}`;
            }),
            ', ',
          )} FROM ${source.from} WHERE ${totalWhere}) AS s
          GROUP BY GROUPING SETS (${Prisma.join(
            shared.map((_, i) => Prisma.sql`(${g(i)})`),
            ', ',
          )}, ())`,
  ];
  for (const name of names) {
    if (shared.includes(name)) continue;
    const facet = source.facet(name);
    const where = and([...source.base, ...others(name)]);
    const wildcard = facet.matchesEveryValue;
    // A set-returning unnest() in the select list (ProjectSet) is much cheaper per row than a
    // LATERAL join; single values skip it altogether.
    const values = 'value' in facet ? facet.value : Prisma.sql`unnest(${facet.values})`;
    branches.push(
      Prisma.sql`SELECT ${name}::text, s."value"::text, count(*) FILTER (WHERE NOT s."everyValue")
        FROM (SELECT ${values} AS "value", ${wildcard ?? Prisma.sql`FALSE`} AS "everyValue"
              FROM ${source.from} WHERE ${where}) AS s
        GROUP BY s."value"`,
    );
    if (wildcard) {
      // Rows matching every value are counted once here and added to each value below.
      branches.push(
        Prisma.sql`SELECT ${`*${name}`}::text, NULL::text, count(*)
          FROM ${source.from} WHERE ${and([...source.base, ...others(name), wildcard])}`,
      );
    }
  }
  const countsQuery = db.$queryRaw<CountRow[]>`${hits} ${Prisma.join(branches, ' UNION ALL ')}`;

  const [pageRows, countRows] = await Promise.all([pageQuery, countsQuery]);

  const rows = pageRows.slice(0, spec.pageSize);
  const last = rows.at(-1);
  let nextCursor: string | null = null;
  if (last && pageRows.length > spec.pageSize) {
    nextCursor = encodeCursor(
      textMatch
        ? { by: 'rank', rank: Number(last.rank), id: last.id }
        : { by: 'newest', at: new Date(last.newest).toISOString(), id: last.id },
    );
  }

  let total = 0;
  const counted = new Map<string, Map<string, number>>();
  const everyValue = new Map<string, number>();
  for (const row of countRows) {
    if (row.facet === '') total = Number(row.count);
    else if (row.facet.startsWith('*')) everyValue.set(row.facet.slice(1), Number(row.count));
    else if (row.value !== null) {
      const values = counted.get(row.facet) ?? new Map<string, number>();
      values.set(row.value, Number(row.count));
      counted.set(row.facet, values);
    }
  }

  const facets = {} as Record<F, FacetCount[]>;
  for (const name of names) {
    const extra = everyValue.get(name) ?? 0;
    const values = new Map(counted.get(name) ?? []);
    for (const value of spec.facets[name].selected ?? []) if (!values.has(value)) values.set(value, 0);
    facets[name] = [...values]
      .map(([value, count]) => ({ value, count: count + extra }))
      .filter((f) => f.count > 0 || (spec.facets[name].selected ?? []).includes(f.value))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }

  return { ids: rows.map((r) => r.id), total, nextCursor, facets };
}

// --- facets and searches of the common shapes ---------------------------------------------------

const chosen = (selected: readonly string[] | undefined) => (selected?.length ? [...selected] : undefined);

/**
 * A facet over a column holding one value per row, filtered by `= ANY` in the column's own
 * SQL type (`type`, a constant such as '"FocusArea"' or 'bpchar'), so the column's index serves it.
 */
export function oneValueFacet(column: Prisma.Sql, type: string, selected: readonly string[] | undefined): FacetSpec {
  const values = chosen(selected);
  return {
    value: column,
    filter: values && Prisma.sql`${column} = ANY(${values}::${Prisma.raw(type)}[])`,
    selected,
  };
}

/** A facet over an array column (stored through distinctValues), filtered by overlap (`&&`, GIN). */
export function manyValuesFacet(column: Prisma.Sql, type: string, selected: readonly string[] | undefined): FacetSpec {
  const values = chosen(selected);
  return {
    values: column,
    filter: values && Prisma.sql`${column} && ${values}::${Prisma.raw(type)}[]`,
    selected,
  };
}

/** The county of a municipality code column: SCB municipality codes begin with their county's two digits. */
export function countyFacet(municipalityCode: Prisma.Sql, selected: readonly string[] | undefined): FacetSpec {
  const values = chosen(selected);
  return {
    value: Prisma.sql`left(${municipalityCode}, 2)`,
    filter: values && Prisma.sql`left(${municipalityCode}, 2) = ANY(${values}::text[])`,
    selected,
  };
}

export interface ItemSearch<F extends string> {
  /** The table, aliased as `alias` in the other expressions, e.g. "Challenge" and c. */
  table: 'Challenge' | 'Offering' | 'Lab';
  alias: string;
  /** The draft predicate of a kind that has drafts (hidden from outsiders), e.g. c."status" = 'DRAFT'. */
  isDraft?: Prisma.Sql;
  conditions: Prisma.Sql[];
  facets: Record<F, FacetSpec>;
  /** What q is matched against besides the `search` column (search-query.ts, SearchColumns). */
  text: Omit<SearchColumns, 'vector'>;
  newest: Prisma.Sql;
  query: { q?: string | undefined; page: number; pageSize: number; cursor?: string | undefined };
}

/**
 * A searchable list of published items (challenges, offerings, labs): the table's generated
 * `search` column and organisation and moderation columns, under the viewer's visibility.
 */
export function searchItems<F extends string>(db: Db, viewer: Viewer, spec: ItemSearch<F>) {
  const column = (name: string) => Prisma.raw(`${spec.alias}."${name}"`);
  return facetedSearch(db, {
    from: Prisma.raw(`"${spec.table}" ${spec.alias}`),
    id: column('id'),
    visible: visibleSql(viewer, {
      organisationId: column('organisationId'),
      unpublishedAt: column('unpublishedAt'),
      ...(spec.isDraft ? { isDraft: spec.isDraft } : {}),
    }),
    conditions: spec.conditions,
    facets: spec.facets,
    text: spec.query.q ? { q: spec.query.q, vector: column('search'), ...spec.text } : undefined,
    newest: spec.newest,
    page: spec.query.page,
    pageSize: spec.query.pageSize,
    cursor: spec.query.cursor,
  });
}

/** The answer of a searchable list: the page's rows mapped in the search's order, with its counts. */
export function toSearchPage<R extends { id: string }, T, F extends string>(
  query: { page: number; pageSize: number },
  found: FacetedSearchResult<F>,
  rows: readonly R[],
  map: (row: R) => T,
) {
  return {
    items: inIdOrder(found.ids, rows, map),
    total: found.total,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor: found.nextCursor,
    facets: found.facets,
  };
}
