import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/data';
import { buildApp, type App } from './app';
import { parseConfig } from './config';
import { createUser } from './db/seed/factories';
import { encodeCursor } from './lib/faceted-search';
import { refreshChallengeSuggestions } from './modules/suggestions/suggestion-cache';
import { Client } from './test/app';
import { createTestDatabase, type TestDatabase } from './test/database';

// Every search, suggestion, overview and export query, as the routes send them, is planned by
// PostgreSQL on a seeded database with fresh statistics; none may read a large table from end to
// end. The planner chooses freely (no enable_* settings): a missing index shows up here as a
// sequential scan long before it shows up as a slow page.

/** Tables that grow with the country: reading one whole is never acceptable on a request. */
const LARGE_TABLES = [
  'Offering',
  'Challenge',
  'Match',
  'MatchEvent',
  'Message',
  'Idea',
  'IdeaSupport',
  'ChallengeSuggestion',
];

interface Recorded {
  text: string;
  values: unknown[];
}

/** The statements the app's pg clients send while `work` runs (observed, not altered). */
async function recordQueries(work: () => Promise<unknown>): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args;
    if (typeof config === 'string') recorded.push({ text: config, values: Array.isArray(values) ? values : [] });
    else if (config && typeof config === 'object' && 'text' in config) {
      const c = config as { text: string; values?: unknown[] };
      recorded.push({ text: c.text, values: c.values ?? (Array.isArray(values) ? values : []) });
    }
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return recorded.filter((r) => /^\s*(WITH|SELECT)/i.test(r.text) && !/"Job"|pg_advisory/.test(r.text));
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, into: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) into.push(node['Relation Name']);
  for (const child of node.Plans ?? []) seqScans(child, into);
  return into;
}

let database: TestDatabase;
let app: App;
let curator: Client;
const visitor = () => new Client(app);

beforeAll(async () => {
  database = await createTestDatabase();
  // A tenth of the national data set: enough rows that an index beats reading a table whole.
  await generate(database.url, {
    name: 'plans',
    companies: 30,
    labs: 200,
    actors: 2_000,
    offerings: 10_000,
    challenges: 4_000,
    matches: 10_000,
    ideas: 10_000,
  });
  app = await buildApp(
    parseConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://motesplats.test',
      WEB_DIST_DIR: '/nonexistent',
      COOKIE_SECRET: 'a-test-secret-that-signs-cookies-0123456789',
      JOB_WORKER: 'false',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      // Plans are what this file checks, not time: a busy test machine must not turn into a 503.
      DATABASE_STATEMENT_TIMEOUT_MS: '120000',
      DATABASE_CONNECT_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '300000',
    }),
    { databaseUrl: database.url },
  );
  await app.ready();
  // What the refresh jobs do after a bulk change: rank every open challenge's candidates.
  const open = await app.prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Challenge" WHERE "status" = 'OPEN' AND "unpublishedAt" IS NULL ORDER BY "id"`;
  for (let i = 0; i < open.length; i += 10) {
    await refreshChallengeSuggestions(
      app.prisma,
      open.slice(i, i + 10).map((c) => c.id),
    );
  }
  const { user, password } = await createUser(app.prisma, { platformRole: 'CURATOR' });
  curator = new Client(app);
  await curator.post('/api/v1/auth/login', { email: user.email, password });
}, 240_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function planOf(statement: Recorded): Promise<PlanNode> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `EXPLAIN (FORMAT JSON) ${statement.text}`,
      statement.values as unknown[],
    );
    return (rows[0] as { 'QUERY PLAN': [{ Plan: PlanNode }] })['QUERY PLAN'][0].Plan;
  } finally {
    await client.end();
  }
}

/**
 * Whole-table reads the plans show today, each for a reason in docs/performance.md ("Known
 * whole-table reads"): the test keeps new ones out, and a case whose list shrinks is a win to
 * write down here.
 */
const KNOWN: Record<string, string[]> = {
  // Misses 3 and 3a: no index serves the newest-first order; the unfiltered facets count all rows.
  'challenge search: word + 2 filters + facets': ['Challenge'],
  'challenge search: a word begun': ['Challenge'],
  'challenge search: unfiltered first page': ['Challenge'],
  'challenge search: unfiltered deep page (keyset)': ['Challenge'],
  'offering search: unfiltered': ['Offering'],
  // Miss 2: the overview counts projections of every public row in the API.
  'national overview': ['Challenge', 'Match'],
  'national overview with the gaps (curator)': ['Challenge', 'Match', 'Offering'],
  // Miss 5: the already-matched pairs are excluded by an anti-join over every match, and the
  // candidates' cheap pre-filter reads the offerings.
  'suggestions for a challenge (cached)': ['Match', 'Offering'],
  'suggestions for a challenge (limit=50)': ['Match', 'Offering'],
  'suggestions for an offering': ['Match', 'Offering'],
  "the curators' suggestion queue": ['ChallengeSuggestion', 'Match', 'Offering'],
};

describe('query plans at a tenth of national scale', () => {
  const openChallenge = async () => {
    const [c] = await app.prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Challenge" WHERE "status" = 'OPEN' ORDER BY "id" LIMIT 1`;
    return c!.id;
  };
  const cases: [name: string, url: () => Promise<string>, asCurator: boolean][] = [
    [
      'challenge search: word + 2 filters + facets',
      async () => '/api/v1/challenges?q=unga&focusArea=UNEMPLOYMENT&region=01',
      false,
    ],
    ['challenge search: a word begun', async () => '/api/v1/challenges?q=l%C3%A4x', false],
    ['challenge search: unfiltered first page', async () => '/api/v1/challenges', false],
    [
      'challenge search: unfiltered deep page (keyset)',
      async () => {
        const [row] = await app.prisma.$queryRaw<{ id: string; newest: Date }[]>`
          SELECT "id", COALESCE("publishedAt", "createdAt") AS "newest" FROM "Challenge"
          WHERE "status" <> 'DRAFT' AND "unpublishedAt" IS NULL ORDER BY 2 DESC, 1 ASC OFFSET 2000 LIMIT 1`;
        return `/api/v1/challenges?cursor=${encodeCursor({ by: 'newest', at: row!.newest.toISOString(), id: row!.id })}`;
      },
      false,
    ],
    [
      'offering search: word + 2 filters + facets',
      async () => '/api/v1/offerings?q=l%C3%A4xhj%C3%A4lp&focusArea=SCHOOLS&region=01',
      false,
    ],
    ['offering search: unfiltered', async () => '/api/v1/offerings', false],
    ['national overview', async () => '/api/v1/national-overview', false],
    ['national overview with the gaps (curator)', async () => '/api/v1/national-overview', true],
    [
      'suggestions for a challenge (cached)',
      async () => `/api/v1/challenges/${await openChallenge()}/suggestions`,
      true,
    ],
    [
      'suggestions for a challenge (limit=50)',
      async () => `/api/v1/challenges/${await openChallenge()}/suggestions?limit=50`,
      true,
    ],
    [
      'suggestions for an offering',
      async () => {
        const [o] = await app.prisma.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Offering" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 1`;
        return `/api/v1/offerings/${o!.id}/suggestions`;
      },
      true,
    ],
    ["the curators' suggestion queue", async () => '/api/v1/suggestions', true],
  ];

  for (const [name, url, asCurator] of cases) {
    it(`${name}: reads no large table whole`, async () => {
      const path = await url();
      // Once to warm the session and the caches; the second request is the one planned.
      await (asCurator ? curator : visitor()).get(path);
      const statements = await recordQueries(async () => {
        const response = await (asCurator ? curator : visitor()).get(path);
        expect(response.statusCode).toBe(200);
      });
      expect(statements.length).toBeGreaterThan(0);
      const scanned = new Set<string>();
      for (const s of statements) {
        for (const table of seqScans(await planOf(s))) if (LARGE_TABLES.includes(table)) scanned.add(table);
      }
      expect([...scanned].sort()).toEqual([...(KNOWN[name] ?? [])].sort());
    }, 90_000);
  }
});
