import type { FocusArea, TargetGroup } from '@motesplats/contracts';
import type { PrismaClient } from '../db/prisma';
import { Prisma } from '../generated/prisma/client';
import { SEARCH_GLOSSARY, type GlossaryEntry } from './search-glossary';

/*
 * What a search box's q means, and the SQL that finds and ranks it (docs/architecture.md, "Who
 * sees what, and how lists are searched"; search-relevance.test.ts).
 *
 * q is split into terms: each word, each "quoted phrase", and each English phrase of the
 * glossary ("homework help") is one term; -word excludes. An item matches a term by
 *   1. its text (the generated tsvector in the swedish_unaccent configuration: stemmed, å/ä/ö
 *      folded), where a typed word of 3+ letters is a prefix ("läx" finds "läxhjälp", "fritid"
 *      finds "fritidsaktiviteter", "förälder" finds "föräldrar") and the glossary's Swedish
 *      words for it count too ("unemployed" is searched as "arbetslös"...);
 *   2. or its classification, when the glossary says what the term means in it (focus area,
 *      target groups);
 *   3. or, for words of 5+ letters, the stems pg_trgm finds similar among all searchable texts'
 *      stems (SearchWord): parts of compounds ("vandring" in "trygghetsvandring"), typos
 *      ("kooperatv").
 * q is read as narrowly as still finds a page (faceted-search.ts chooses): every term by its
 * text; else every term by text or classification; else at least half of the terms (one of
 * two, two of three or four...). Ranked: exact title first, then by how many terms an item
 * matches, then how well (text, classification, similar stem), then ts_rank (title A > summary
 * B > body C).
 *
 * Why not websearch_to_tsquery alone: it ANDs every word, has no prefixes and needs the exact
 * letters; a reader typing "arbetslösa kvinnor" or "laxhjalp" found almost nothing. The query
 * parsing and the glossary are ours because no library knows this domain's words; PostgreSQL
 * does the language work (stemming, folding, similarity).
 */

/** The text search configuration of every generated "search" column (migration 20261123120000). */
export const SEARCH_CONFIG = Prisma.raw(`'swedish_unaccent'::regconfig`);

/** More terms than this are ignored: each costs a tsvector test per candidate row. */
export const MAX_TERMS = 8;
/** Shorter words are matched whole, not as prefixes ("i", "ab" would match nearly everything). */
const MIN_PREFIX_LENGTH = 3;
/** Shorter stems are not compared by trigram similarity: too few trigrams to tell words apart. */
const MIN_FUZZY_LENGTH = 5;
/**
 * word_similarity a stem needs to stand in for the typed word: "vandring" in "trygghetsvandring"
 * 0.78, "kooperatv" for "kooperativ" 0.8; "arbetslos" and "arbetslivet" share their beginning
 * at 0.7, "hjalp" in "laxhjalp" (too short a part) 0.67.
 */
const FUZZY_SIMILARITY = 0.75;
/** At most this many similar stems per word, the most similar first. */
const MAX_SIMILAR_WORDS = 10;

export interface SearchTerm {
  /** to_tsquery text over SEARCH_CONFIG: what the reader typed, OR the glossary's words for it. */
  tsquery: string;
  /**
   * The same words, all as prefixes, for ts_rank: ts_rank keeps one of two operands with the
   * same lexeme and drops the other whatever their prefix flags ('språk':* | 'språk'), so
   * mixing them would rank prefix-only matches at 0.
   */
  rankQuery: string;
  /** The typed word, widened to similar stems (SearchWord); absent for phrases and short words. */
  fuzzy?: string;
  focusAreas: FocusArea[];
  targetGroups: TargetGroup[];
}

export interface ParsedSearch {
  /** q as typed (trimmed, spaces collapsed), for the exact title match. */
  text: string;
  terms: SearchTerm[];
  /** to_tsquery text of the -excluded words, if any. */
  exclude: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Endings that inflect a glossary word without changing it ("kvinnor" → "kvinnorna"). */
const INFLECTION = /^(?:a|e|n|s|t|na|ns|en|er|ar|or|et|ts|arna|erna|orna|ens|ets|arnas|ernas|ornas)$/;

const words = (text: string) => (text.normalize('NFC').toLocaleLowerCase('sv').match(WORD) ?? []) as string[];
/** Lower case without diacritics, for comparing with the glossary ("laxhjalp" = "läxhjälp"). */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
/** A word as a tsquery operand; words hold only letters and digits, so quoting is all it needs. */
const operand = (word: string, prefix = false) => `'${word}'${prefix ? ':*' : ''}`;
const phrase = (parts: readonly string[], prefix = false) =>
  parts.length === 1 ? operand(parts[0] ?? '', prefix) : `(${parts.map((p) => operand(p, prefix)).join(' <-> ')})`;

interface GlossaryKey {
  words: string[];
  entry: GlossaryEntry;
}
const ENGLISH_KEYS: GlossaryKey[] = SEARCH_GLOSSARY.flatMap((entry) =>
  entry.en.map((en) => ({ words: words(en).map(fold), entry })),
).sort((a, b) => b.words.length - a.words.length);
const SWEDISH_KEYS: { word: string; entry: GlossaryEntry }[] = SEARCH_GLOSSARY.flatMap((entry) =>
  entry.sv.filter((sv) => words(sv).length === 1).map((sv) => ({ word: fold(words(sv)[0] ?? ''), entry })),
);

function swedishEntries(word: string): GlossaryEntry[] {
  const folded = fold(word);
  return SWEDISH_KEYS.filter(
    (key) => folded === key.word || (folded.startsWith(key.word) && INFLECTION.test(folded.slice(key.word.length))),
  ).map((key) => key.entry);
}

function term(typed: string, entries: readonly GlossaryEntry[], typedWords: readonly string[]): SearchTerm {
  const single = typedWords.length === 1 ? typedWords[0] : undefined;
  const alternatives = new Set<string>([
    single === undefined ? phrase(typedWords) : operand(single, [...single].length >= MIN_PREFIX_LENGTH),
  ]);
  const ranked = new Set<string>([phrase(typedWords, true)]);
  for (const entry of entries) {
    for (const sv of entry.sv) {
      alternatives.add(phrase(words(sv)));
      ranked.add(phrase(words(sv), true));
    }
  }
  return {
    tsquery: [...alternatives].join(' | '),
    rankQuery: [...ranked].join(' | '),
    ...(single !== undefined && [...single].length >= MIN_FUZZY_LENGTH ? { fuzzy: typed } : {}),
    focusAreas: [...new Set(entries.flatMap((e) => e.focusAreas ?? []))],
    targetGroups: [...new Set(entries.flatMap((e) => e.targetGroups ?? []))],
  };
}

export function parseSearch(q: string): ParsedSearch {
  const text = q.trim().replace(/\s+/g, ' ');
  const terms: SearchTerm[] = [];
  const excluded: string[] = [];

  const phrases = [...text.matchAll(/"([^"]*)"/g)].map((m) => words(m[1] ?? '')).filter((w) => w.length > 0);
  const rest = text.replace(/"[^"]*"?/g, ' ').split(' ');
  const plain: string[] = [];
  for (const token of rest) {
    if (token.startsWith('-') && token.length > 1) excluded.push(...words(token));
    // websearch syntax: "or" between words; every search here is OR-ish already.
    else if (token.toLowerCase() !== 'or') plain.push(...words(token));
  }

  for (const parts of phrases) terms.push(term(parts.join(' '), [], parts));
  for (let i = 0; i < plain.length;) {
    const folded = plain.slice(i).map(fold);
    const english = ENGLISH_KEYS.find((key) => key.words.every((w, k) => folded[k] === w));
    if (english) {
      const span = plain.slice(i, i + english.words.length);
      const entries = ENGLISH_KEYS.filter((key) => key.words.join(' ') === english.words.join(' ')).map((k) => k.entry);
      terms.push(term(span.join(' '), entries, span));
      i += english.words.length;
    } else {
      const word = plain[i] ?? '';
      terms.push(term(word, swedishEntries(word), [word]));
      i += 1;
    }
  }

  return {
    text,
    terms: terms.slice(0, MAX_TERMS),
    exclude: excluded.length ? excluded.map((w) => operand(w)).join(' | ') : null,
  };
}

export interface PreparedTerm {
  /** tsquery text: the term's words as the search column holds them, without repeats. */
  match: string;
  /** tsquery text for ts_rank. */
  rank: string;
  /** tsquery text of similar stems (parts of compounds, typos), or null. */
  similar: string | null;
  focusAreas: FocusArea[];
  targetGroups: TargetGroup[];
}

export interface PreparedSearch {
  text: string;
  terms: PreparedTerm[];
  exclude: string | null;
}

type Db = Pick<PrismaClient, '$queryRaw'>;

/** A stem as a tsquery operand (tsquery's quoting: quotes and backslashes doubled). */
const quoted = (stem: string) => `'${stem.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * 'a':* | 'ab' | 'a':* → 'a':*: an operand the same as another, or that a prefix operand
 * already finds, is dropped (each costs a test on every candidate row). Queries with phrases
 * are left as they are.
 */
function withoutRepeats(query: string): string {
  const operands = query.split(' | ').map((part) => {
    const m = /^'((?:[^']|'')*)'(:\*)?$/.exec(part);
    return m ? { part, lexeme: m[1] ?? '', prefix: m[2] !== undefined } : null;
  });
  if (operands.some((o) => o === null)) return query;
  const prefixes = operands.flatMap((o) => (o?.prefix ? [o.lexeme] : []));
  const seen = new Set<string>();
  return operands
    .filter((o): o is NonNullable<typeof o> => o !== null)
    .filter(({ part, lexeme, prefix }) => {
      if (seen.has(part)) return false;
      seen.add(part);
      return !prefixes.some((p) => lexeme.startsWith(p) && (p !== lexeme || !prefix));
    })
    .map((o) => o.part)
    .join(' | ');
}

/**
 * One round trip before the search: each term's words through the search configuration
 * (stems, stop words dropped), and the stems of "SearchWord" (every searchable text's stems)
 * that contain the typed word's stem or nearly spell it, which the prefix does not already find.
 * pg_trgm's word_similarity through "SearchWord_word_trgm_idx": the operator <% selects by the
 * server's threshold (0.6 unless configured), the stricter FUZZY_SIMILARITY keeps out words
 * that only share a beginning ("arbetslos" and "arbetsmarknad"). Stems shorter than
 * MIN_FUZZY_LENGTH ("mentor" → "ment") would be similar to too many words.
 */
export async function prepareSearch(db: Db, search: ParsedSearch): Promise<PreparedSearch> {
  if (search.terms.length === 0) return { text: search.text, terms: [], exclude: null };
  const rows = await db.$queryRaw<{ match: string; rank: string; similar: string[] | null; exclude: string | null }[]>`
    SELECT to_tsquery(${SEARCH_CONFIG}, t."match")::text AS "match",
      to_tsquery(${SEARCH_CONFIG}, t."rank")::text AS "rank",
      (SELECT array_agg(s."word" ORDER BY s."similarity" DESC, s."word")
         FROM (SELECT sw."word", word_similarity(st."stem", sw."word") AS "similarity"
                 FROM "SearchWord" sw
                WHERE st."stem" <% sw."word" AND NOT starts_with(sw."word", st."stem")
                  AND word_similarity(st."stem", sw."word") >= ${FUZZY_SIMILARITY}
                ORDER BY 2 DESC, 1 LIMIT ${MAX_SIMILAR_WORDS}) AS s
        WHERE length(st."stem") >= ${MIN_FUZZY_LENGTH}) AS "similar",
      to_tsquery(${SEARCH_CONFIG}, ${search.exclude ?? ''})::text AS "exclude"
    FROM unnest(${search.terms.map((t) => t.tsquery)}::text[], ${search.terms.map((t) => t.rankQuery)}::text[],
                ${search.terms.map((t) => t.fuzzy ?? '')}::text[]) WITH ORDINALITY AS t("match", "rank", "fuzzy", "i")
    CROSS JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector(${SEARCH_CONFIG}, t."fuzzy")))[1] AS "stem") AS st
    ORDER BY t."i"`;
  const terms = search.terms.flatMap((term, i): PreparedTerm[] => {
    const row = rows[i];
    const similar = row?.similar?.length ? row.similar.map(quoted).join(' | ') : null;
    const match = withoutRepeats(row?.match ?? '');
    // A term of stop words only ("och") finds nothing by its text.
    if (!match && !similar && !term.focusAreas.length && !term.targetGroups.length) return [];
    return [
      {
        match,
        rank: withoutRepeats(row?.rank ?? ''),
        similar,
        focusAreas: term.focusAreas,
        targetGroups: term.targetGroups,
      },
    ];
  });
  return { text: search.text, terms, exclude: rows[0]?.exclude || null };
}

export interface SearchColumns {
  /** The generated tsvector (SEARCH_CONFIG, weights A title, B summary, C body), GIN-indexed. */
  vector: Prisma.Sql;
  /** The title (or name), for the exact title match. */
  title: Prisma.Sql;
  /** The predicate "classified under one of these focus areas", if the item has focus areas. */
  focusAreas?: ((values: FocusArea[]) => Prisma.Sql) | undefined;
  /** The predicate "aimed at one of these target groups", if the item has target groups. */
  targetGroups?: ((values: TargetGroup[]) => Prisma.Sql) | undefined;
}

/**
 * What q finds, from the narrowest to the widest; none excluded. The caller takes the narrowest
 * that finds enough (faceted-search.ts).
 */
export interface SearchSql {
  /** Every term by its text (the glossary's words and similar stems included). */
  everyByText: Prisma.Sql;
  /** Every term by its text or its classification. */
  every: Prisma.Sql;
  /** At least half of the terms, by text or classification. */
  match: Prisma.Sql;
  /** Whether any term has a classification (else every = everyByText). */
  classified: boolean;
  /** A real; higher is better. */
  rank: Prisma.Sql;
}

const or = (predicates: readonly Prisma.Sql[]) =>
  predicates.length ? Prisma.sql`(${Prisma.join(predicates, ' OR ')})` : Prisma.sql`FALSE`;
const sum = (parts: readonly Prisma.Sql[]) => (parts.length ? Prisma.join(parts, ' + ') : Prisma.sql`0`);
const anyOf = (queries: readonly string[]) =>
  queries
    .filter((q) => q !== '')
    .map((q) => `(${q})`)
    .join(' | ');

export function searchSql(search: PreparedSearch, columns: SearchColumns): SearchSql {
  if (search.terms.length === 0) {
    const none = Prisma.sql`FALSE`;
    return { match: none, every: none, everyByText: none, classified: false, rank: Prisma.sql`0::real` };
  }
  const matches = (query: string) =>
    query === '' ? Prisma.sql`FALSE` : Prisma.sql`${columns.vector} @@ ${query}::tsquery`;
  const classified = (t: PreparedTerm) => [
    ...(t.focusAreas.length && columns.focusAreas ? [columns.focusAreas(t.focusAreas)] : []),
    ...(t.targetGroups.length && columns.targetGroups ? [columns.targetGroups(t.targetGroups)] : []),
  ];

  const matchedBy = (t: PreparedTerm) =>
    or([...classified(t), matches(t.match), ...(t.similar ? [matches(t.similar)] : [])]);
  const exclude = search.exclude ? [Prisma.sql`NOT ${matches(search.exclude)}`] : [];
  // One GIN scan of the vector for every term's words and similar stems, ORed with the
  // classification's indexes. The classification first: a row it finds is not tested further.
  const anyMatch = or([
    ...search.terms.flatMap(classified),
    matches(anyOf(search.terms.flatMap((t) => [t.match, t.similar ?? '']))),
  ]);
  // With one or two terms any match is at least half of them.
  const half =
    search.terms.length < 3
      ? []
      : [
          Prisma.sql`(${sum(search.terms.map((t) => Prisma.sql`(${matchedBy(t)})::int`))}) >= ${Math.ceil(search.terms.length / 2)}`,
        ];
  const match = Prisma.sql`(${Prisma.join([anyMatch, ...half, ...exclude], ' AND ')})`;
  const every = Prisma.sql`(${Prisma.join([...search.terms.map(matchedBy), ...exclude], ' AND ')})`;
  const byText = (t: PreparedTerm) => or([matches(t.match), ...(t.similar ? [matches(t.similar)] : [])]);
  const everyByText = Prisma.sql`(${Prisma.join([...search.terms.map(byText), ...exclude], ' AND ')})`;

  // Per term: 110 by text, 105 by classification, 60 by a similar stem only, so more terms
  // matched rank higher and a similar word counts as half. A text match adds its ts_rank,
  // normalised below 1 and shared out so that all terms' together stay below the step between
  // text and classification (ts_rank costs several times a match test: rows found by their
  // classification alone, a quarter of all items for a focus area's name, skip it). The exact
  // title (folded like the search column, so case and accents do not matter) comes first; its
  // length is compared first because unaccent() is costly on every row.
  const share = 4 / search.terms.length;
  const perTerm = search.terms.map((t) => {
    const byClass = classified(t);
    const textRank = t.rank ? Prisma.sql`${share} * ts_rank(${columns.vector}, ${t.rank}::tsquery, 32)` : Prisma.sql`0`;
    return Prisma.sql`CASE WHEN ${matches(t.match)} THEN 110 + ${textRank}
      ${byClass.length ? Prisma.sql`WHEN ${or(byClass)} THEN 105` : Prisma.empty}
      ${t.similar ? Prisma.sql`WHEN ${matches(t.similar)} THEN 60` : Prisma.empty} ELSE 0 END`;
  });
  const exactTitle = Prisma.sql`(char_length(${columns.title}) = ${[...search.text].length}
    AND lower(unaccent(${columns.title})) = lower(unaccent(${search.text})))`;
  const rank = Prisma.sql`(CASE WHEN ${exactTitle} THEN 1000 ELSE 0 END + ${sum(perTerm)})::real`;
  return {
    match,
    every,
    everyByText,
    classified: search.terms.some((t) => classified(t).length > 0),
    rank,
  };
}
