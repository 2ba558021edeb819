// `pnpm bench`: the API under concurrent load over HTTP at national scale (or BENCH_SCALE), from
// nothing: an embedded PostgreSQL, the migrations, the demo story, the generated data set
// (bench/data.ts), the production build, then every scenario against one API process, the same
// SQL replayed with pg (the floor), a bare Fastify route (the ceiling), the scale curve and two
// API processes over one database. Results: bench/results/<date>-<scale>.json and .md, with
// EXPLAIN (ANALYZE, BUFFERS) of every benchmarked query in <date>-<scale>-plans.md.
//
// Settings (environment): BENCH_SCALE demo|national|nordic (national), BENCH_DATA_DIR (reuse a
// loaded cluster there; default: a throw-away one), BENCH_SECONDS per run (8), BENCH_ONLY (run
// the scenarios whose name contains it), BENCH_CURVE=0 and BENCH_TWO=0 skip those parts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrator';
import { createPrismaClient } from '../src/db/prisma';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/db/seed/demo-data';
import { loadDemoData } from '../src/db/seed/load-demo';
import { encodeCursor } from '../src/lib/faceted-search';
import { refreshChallengeSuggestions } from '../src/modules/suggestions/suggestion-cache';
import { BENCH_PASSWORD, generate, SCALES, type GenerateResult, type Scale } from './data';
import { twoProcesses } from './two-processes';
import {
  explain,
  floor,
  load,
  load1,
  startApi,
  startBareFastify,
  statementsInLog,
  type ApiProcess,
  type LatencyFigures,
  type Request,
  type Statement,
} from './http';

const here = dirname(fileURLToPath(import.meta.url));
const apiDir = join(here, '..');
const resultsDir = join(here, 'results');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
/** The fixed moderate rate the latencies are read at. */
const MODERATE_RATE = Number(process.env.BENCH_RATE ?? 20);
const ONLY = process.env.BENCH_ONLY;
const PORTS = [3115, 3315, 3316, 3317];
const say = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

interface Scenario {
  name: string;
  /** What the target in docs/performance.md is about. */
  group: 'search' | 'suggestions' | 'detail' | 'overview' | 'queue' | 'write' | 'auth' | 'export';
  requests: Request[];
  write?: boolean;
  /** A bound on requests for writes that consume their data (each match declines once). */
  maxRequests?: number;
}

interface ScenarioResult {
  name: string;
  group: string;
  example: string;
  saturation: LatencyFigures;
  moderate: LatencyFigures & { rate: number };
  floor?: LatencyFigures & { statements: number };
  /** floor req/s ÷ API req/s at the same concurrency: how many times the database's own time the API takes. */
  apiOverFloor?: number;
  peakRssMb: number;
  load1: [number, number];
}

// ---- database and data ---------------------------------------------------------------------------

async function prepareDatabase(scale: Scale): Promise<{
  server: EmbeddedPostgresServer;
  dataDir: string;
  log: ServerLog;
  generated?: GenerateResult;
  cleanup: () => Promise<void>;
}> {
  const reuse = process.env.BENCH_DATA_DIR;
  const dataDir = reuse ?? (await mkdtemp(join(tmpdir(), `motesplats-bench-${scale.name}-`)));
  const log = new ServerLog();
  const server = await startEmbeddedPostgres({
    dataDir,
    logger: { info: () => {}, debug: (line) => log.add(line) },
    settings: {
      fsync: 'off',
      log_line_prefix: '%m [%p] ',
      // The defaults are for a small machine; these are what a small production server would set.
      shared_buffers: '256MB',
      work_mem: '16MB',
      effective_cache_size: '1GB',
      max_connections: '200',
    },
  });
  const url = server.connectionString();
  await migrate(url);
  const prisma = createPrismaClient(url, { poolSize: 2 });
  await loadDemoData(prisma);
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Offering"`);
  await client.end();
  let generated: GenerateResult | undefined;
  const marker = join(dataDir, 'bench-generated.json');
  if ((rows[0]?.n ?? 0) < scale.offerings / 2) {
    say(`generating the ${scale.name} data set…`);
    generated = await generate(url, scale, { progress: process.stderr.isTTY === true, log: say });
    writeFileSync(marker, JSON.stringify(generated));
    say(`loaded in ${generated.seconds.toFixed(0)} s`);
  } else if (existsSync(marker)) {
    generated = JSON.parse(readFileSync(marker, 'utf8')) as GenerateResult;
  }
  return {
    server,
    dataDir,
    log,
    ...(generated ? { generated } : {}),
    cleanup: async () => {
      await server.stop();
      if (!reuse) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Ranks the open challenges' candidates as the refresh jobs do, in batches; seconds taken. */
async function warmSuggestionCaches(url: string): Promise<{ challenges: number; seconds: number }> {
  const prisma = createPrismaClient(url, { poolSize: 2 });
  try {
    const open = await prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Challenge" WHERE "status" = 'OPEN' AND "unpublishedAt" IS NULL AND "suggestionsRefreshedAt" IS NULL
      ORDER BY "id"`;
    const started = performance.now();
    for (let i = 0; i < open.length; i += 10) {
      await refreshChallengeSuggestions(
        prisma,
        open.slice(i, i + 10).map((c) => c.id),
      );
      if (i % 200 === 0) say(`suggestion caches: ${i}/${open.length}`);
    }
    return { challenges: open.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    await prisma.$disconnect();
  }
}

// ---- sessions and scenarios ----------------------------------------------------------------------

async function signIn(port: number, email: string, password: string): Promise<Record<string, string>> {
  const r = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!r.ok) throw new Error(`sign-in as ${email} answered ${r.status}: ${await r.text()}`);
  const body = (await r.json()) as { csrfToken: string };
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': body.csrfToken };
}

async function scenarios(url: string, port: number): Promise<Scenario[]> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const q = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) =>
    (await db.query<T>(sql, values)).rows;
  try {
    const curator = await signIn(port, DEMO_USERS.curator.email, DEMO_PASSWORD);
    // bench0 owns the first housing company (Stockholm's, the largest).
    const housing = await signIn(port, 'bench0@bench.motesplats.se', BENCH_PASSWORD);
    const open = await q<{ id: string }>(`
      SELECT c."id" FROM "Challenge" c WHERE c."status" = 'OPEN' AND c."unpublishedAt" IS NULL ORDER BY c."id" LIMIT 100`);
    // Public ones: published by a verified organisation.
    const offerings = await q<{ id: string }>(`
      SELECT o."id" FROM "Offering" o JOIN "Organisation" org ON org."id" = o."organisationId"
      WHERE o."status" = 'PUBLISHED' AND o."unpublishedAt" IS NULL AND org."verification" = 'VERIFIED'
      ORDER BY o."id" LIMIT 200`);
    const proposed = await q<{ id: string; version: number }>(`
      SELECT m."id", m."version" FROM "Match" m
      JOIN "Challenge" c ON c."id" = m."challengeId" JOIN "Membership" ms ON ms."organisationId" = c."organisationId"
      JOIN "User" u ON u."id" = ms."userId"
      WHERE u."email" = 'bench0@bench.motesplats.se' AND m."state" = 'PROPOSED' AND m."housingAcceptedAt" IS NULL
        AND c."status" = 'OPEN'
      ORDER BY m."id"`);
    const threads = await q<{ id: string }>(`
      SELECT m."id" FROM "Match" m
      JOIN "Challenge" c ON c."id" = m."challengeId" JOIN "Membership" ms ON ms."organisationId" = c."organisationId"
      JOIN "User" u ON u."id" = ms."userId"
      WHERE u."email" = 'bench0@bench.motesplats.se' AND m."state" IN ('AGREED', 'ACTIVE')
      ORDER BY m."id" LIMIT 100`);
    const labs = await q<{ id: string }>(`SELECT "id" FROM "Lab" WHERE "unpublishedAt" IS NULL ORDER BY "id" LIMIT 50`);
    const ideas = await q<{ id: string }>(
      `SELECT "id" FROM "Idea" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 5000`,
    );
    const accounts = await q<{ email: string }>(`
      SELECT "email" FROM "User" WHERE "email" LIKE 'bench%@bench.motesplats.se' ORDER BY "email" LIMIT 20`);
    const [deep] = await q<{ id: string; newest: Date }>(`
      SELECT "id", COALESCE("publishedAt", "createdAt") AS "newest" FROM "Challenge"
      WHERE "status" <> 'DRAFT' AND "unpublishedAt" IS NULL
      ORDER BY 2 DESC, 1 ASC OFFSET (SELECT count(*) / 2 FROM "Challenge") LIMIT 1`);
    const exportRoute = await fetch(`http://127.0.0.1:${port}/api/v1/open-data/offerings.csv`, { method: 'HEAD' }).then(
      (r) => (r.status < 400 ? '/api/v1/open-data/offerings.csv' : undefined),
      () => undefined,
    );
    const get = (path: string, headers?: Record<string, string>): Request => ({
      method: 'GET',
      path,
      ...(headers ? { headers } : {}),
    });
    const list: Scenario[] = [
      {
        name: 'search: broad word + 2 filters + facets',
        group: 'search',
        requests: [get('/api/v1/challenges?q=unga&focusArea=UNEMPLOYMENT&region=01')],
      },
      {
        name: 'search: narrow word + 2 filters + facets',
        group: 'search',
        requests: [get('/api/v1/challenges?q=nattvandring&focusArea=CRIME&region=12')],
      },
      {
        name: 'search: unfiltered deep page (keyset)',
        group: 'search',
        requests: [
          get(
            `/api/v1/challenges?cursor=${deep ? encodeCursor({ by: 'newest', at: deep.newest.toISOString(), id: deep.id }) : ''}`,
          ),
        ],
      },
      {
        name: 'search offerings: word + 2 filters + facets',
        group: 'search',
        requests: [get('/api/v1/offerings?q=l%C3%A4xhj%C3%A4lp&focusArea=SCHOOLS&region=01')],
      },
      {
        name: 'offering detail',
        group: 'detail',
        requests: offerings.map((o) => get(`/api/v1/offerings/${o.id}`)),
      },
      {
        name: 'suggestions for a challenge (cached)',
        group: 'suggestions',
        requests: open.map((c) => get(`/api/v1/challenges/${c.id}/suggestions`, curator)),
      },
      {
        name: 'suggestions for a challenge (limit=50, ranked live)',
        group: 'suggestions',
        requests: open.map((c) => get(`/api/v1/challenges/${c.id}/suggestions?limit=50`, curator)),
      },
      { name: "curators' suggestion queue", group: 'queue', requests: [get('/api/v1/suggestions', curator)] },
      { name: 'national overview', group: 'overview', requests: [get('/api/v1/national-overview')] },
      ...(exportRoute
        ? [
            {
              name: 'open-data export: offerings CSV',
              group: 'export' as const,
              requests: [get(exportRoute)],
              maxRequests: 200,
            },
          ]
        : []),
      {
        name: 'match transition (decline)',
        group: 'write',
        write: true,
        maxRequests: proposed.length,
        requests: proposed.map((m) => ({
          method: 'POST',
          path: `/api/v1/matches/${m.id}/transitions`,
          headers: housing,
          body: { action: 'DECLINE', version: m.version, reason: 'Vi har redan en partner för detta.' },
        })),
      },
      {
        name: 'match message',
        group: 'write',
        write: true,
        requests: threads.map((m) => ({
          method: 'POST',
          path: `/api/v1/matches/${m.id}/messages`,
          headers: housing,
          body: { body: 'Hej! Vi ses på torsdag i centrumlokalen som vi sa.' },
        })),
      },
      {
        name: 'idea (a resident, no account)',
        group: 'write',
        write: true,
        requests: labs.map((l) => ({
          method: 'POST',
          path: '/api/v1/ideas',
          body: {
            labId: l.id,
            title: 'Läxhjälp på biblioteket',
            body: 'Många barn i vårt hus behöver hjälp med läxorna på kvällarna.',
            focusArea: 'SCHOOLS',
          },
        })),
      },
      {
        name: 'idea support (a new browser each time)',
        group: 'write',
        write: true,
        maxRequests: ideas.length,
        requests: ideas.map((i) => ({ method: 'POST', path: `/api/v1/ideas/${i.id}/support` })),
      },
      {
        name: 'sign in (argon2id)',
        group: 'auth',
        write: true,
        requests: accounts.map((a) => ({
          method: 'POST',
          path: '/api/v1/auth/login',
          body: { email: a.email, password: BENCH_PASSWORD },
        })),
      },
    ];
    return list.filter((s) => s.requests.length > 0 && (!ONLY || s.name.includes(ONLY)));
  } finally {
    await db.end();
  }
}

/** The server's output while a capture runs (the embedded server's log goes to its stderr). */
class ServerLog {
  private lines: string[] | undefined;
  add(line: string) {
    this.lines?.push(line.replace(/^postgres: /, ''));
  }
  start() {
    this.lines = [];
  }
  stop(): string {
    const text = (this.lines ?? []).join('\n');
    this.lines = undefined;
    return text;
  }
}

/** The SQL one request runs, read from PostgreSQL's log with log_statement = all. */
async function captureStatements(url: string, log: ServerLog, port: number, request: Request): Promise<Statement[]> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await admin.query('SELECT pg_reload_conf()');
    await new Promise((r) => setTimeout(r, 300));
    log.start();
    await fetch(`http://127.0.0.1:${port}${request.path}`, {
      method: request.method,
      headers: { ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    }).then((r) => r.arrayBuffer());
    // The server's log reaches this process through a pipe, later on a busy machine.
    await new Promise((r) => setTimeout(r, 2_000));
    await admin.query(`ALTER SYSTEM RESET log_statement`);
    await admin.query('SELECT pg_reload_conf()');
    const text = log.stop();
    // Only the statements of the request: the admin connection's own are not in it (ALTER
    // SYSTEM runs before the setting takes effect; the reset is cut off below).
    return statementsInLog(text).filter((s) => !/ALTER SYSTEM|pg_reload_conf/.test(s.text));
  } finally {
    await admin.end();
  }
}

// ---- the run -------------------------------------------------------------------------------------

async function runScenario(
  s: Scenario,
  api: ApiProcess,
  url: string,
  log: ServerLog,
  plans: string[],
): Promise<ScenarioResult> {
  const example = s.requests[0] as Request;
  const before = load1();
  // The SQL of one request (a write consumes one item of its pool for it).
  const statements = await captureStatements(url, log, api.port, s.write ? (s.requests.at(-1) as Request) : example);
  plans.push(
    `## ${s.name}\n\n\`${example.method} ${example.path}\`\n\n\`\`\`\n${await explain(url, statements)}\n\`\`\`\n`,
  );
  const requests = s.write ? s.requests.slice(0, -1) : s.requests;
  const budget = s.maxRequests ? Math.max(1, s.maxRequests - 1) : undefined;
  // Warm-up, then saturation (as fast as it answers), then latency at the moderate rate.
  await load({ ports: [api.port], requests, connections: 2, seconds: 2, maxRequests: s.write ? 5 : 200 });
  api.resetPeak();
  const saturationRequests = s.write && budget ? requests.slice(5, 5 + Math.floor(budget / 2)) : requests;
  const saturation = await load({
    ports: [api.port],
    requests: saturationRequests,
    connections: CONNECTIONS,
    seconds: SECONDS,
    ...(s.write && budget ? { maxRequests: saturationRequests.length } : { maxRequests: 200_000 }),
  });
  const moderateRequests = s.write && budget ? requests.slice(5 + Math.floor(budget / 2)) : requests;
  // The moderate rate is below what it sustains (half of saturation at most): a latency read
  // in an overload would measure the queue, not the request.
  const rate = Math.max(1, Math.min(MODERATE_RATE, Math.floor(saturation.rps / 2)));
  const moderate = await load({
    ports: [api.port],
    requests: moderateRequests,
    connections: CONNECTIONS,
    seconds: SECONDS,
    rate,
    maxRequests: s.write && budget ? moderateRequests.length : rate * SECONDS,
  });
  const peakRssMb = Math.round(api.peakRssMb());
  const floorFigures =
    statements.length > 0
      ? await floor({
          databaseUrl: url,
          statements,
          write: s.write === true,
          connections: CONNECTIONS,
          seconds: SECONDS,
          maxRequests: 200_000,
        })
      : undefined;
  const result: ScenarioResult = {
    name: s.name,
    group: s.group,
    example: `${example.method} ${example.path}`,
    saturation,
    moderate: { ...moderate, rate },
    ...(floorFigures
      ? {
          floor: floorFigures,
          apiOverFloor: Math.round((floorFigures.rps / Math.max(saturation.rps, 0.1)) * 100) / 100,
        }
      : {}),
    peakRssMb,
    load1: [before, load1()],
  };
  say(
    `${s.name}: ${saturation.rps} req/s, p50 ${moderate.p50} ms, p99 ${moderate.p99} ms at ${rate}/s; floor ${floorFigures?.rps ?? '-'} req/s; errors ${saturation.errors + moderate.errors}, non-2xx ${saturation.non2xx + moderate.non2xx}; RSS ${peakRssMb} MiB`,
  );
  return result;
}

function markdown(results: Record<string, unknown>, rows: ScenarioResult[]): string {
  const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : String(Math.round(n * 10) / 10));
  const lines = [
    `# Benchmark ${String(results.date)} · ${String(results.scale)}`,
    '',
    `Machine: ${String(results.machine)}. Load average (1 min) before → after each scenario is in the last column: the machine is shared, so figures are noisy.`,
    '',
    `Saturation: ${CONNECTIONS} connections for ${SECONDS} s. Latency: at a fixed rate of ${MODERATE_RATE} req/s, or half the saturation throughput where that is lower (column rate), over ${CONNECTIONS} connections for ${SECONDS} s. Floor: the request's SQL replayed with pg at ${CONNECTIONS} connections. API ÷ floor: floor req/s ÷ API req/s.`,
    '',
    '| scenario | API req/s | rate | p50 ms | p97.5 ms | p99 ms | errors | non-2xx | floor req/s | API ÷ floor | peak RSS MiB | load1 |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${f(r.saturation.rps)} | ${r.moderate.rate} | ${f(r.moderate.p50)} | ${f(r.moderate.p97_5)} | ${f(r.moderate.p99)} | ${r.saturation.errors + r.moderate.errors + r.saturation.timeouts + r.moderate.timeouts} | ${r.saturation.non2xx + r.moderate.non2xx} | ${f(r.floor?.rps)} | ${f(r.apiOverFloor)} | ${r.peakRssMb} | ${r.load1[0]} → ${r.load1[1]} |`,
    ),
    '',
  ];
  for (const [key, value] of Object.entries(results)) {
    if (['scenarios', 'date', 'scale', 'machine'].includes(key)) continue;
    lines.push(`## ${key}`, '', '```json', JSON.stringify(value, null, 2), '```', '');
  }
  return lines.join('\n');
}

async function main() {
  const scaleName = process.env.BENCH_SCALE ?? 'national';
  const scale = SCALES[scaleName];
  if (!scale) throw new Error(`BENCH_SCALE must be one of ${Object.keys(SCALES).join(', ')}`);
  say('building the API (production bundle)…');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiDir, stdio: 'inherit' });
  const db = await prepareDatabase(scale);
  const url = db.server.connectionString();
  const results: Record<string, unknown> = {
    date: new Date().toISOString().slice(0, 10),
    scale: scale.name,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average at start ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
    load: db.generated ?? 'reused an earlier load (BENCH_DATA_DIR)',
  };
  const apis: ApiProcess[] = [];
  const date = results.date as string;
  mkdirSync(resultsDir, { recursive: true });
  const base = join(resultsDir, `${date}-${scale.name}`);
  const runTwo = () =>
    twoProcesses({ apiDir, databaseUrl: url, ports: [PORTS[2] as number, PORTS[3] as number], seconds: SECONDS });
  if (ONLY === 'two-processes') {
    // Only this part, added to the day's results.
    try {
      say('two API processes over one PostgreSQL…');
      const earlier = existsSync(`${base}.json`)
        ? (JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Record<string, unknown>)
        : results;
      earlier.twoProcesses = { load1Before: load1(), ...(await runTwo()), load1After: load1() };
      writeFileSync(`${base}.json`, `${JSON.stringify(earlier, null, 2)}\n`);
      writeFileSync(`${base}.md`, markdown(earlier, (earlier.scenarios as ScenarioResult[] | undefined) ?? []));
      say(`results in ${base}.json and .md`);
    } finally {
      await db.cleanup();
    }
    return;
  }
  try {
    say('ranking the open challenges’ suggestion candidates (what the refresh jobs do)…');
    results.suggestionCacheWarmUp = await warmSuggestionCaches(url);
    const api = await startApi({
      cwd: apiDir,
      port: PORTS[0] as number,
      databaseUrl: url,
      env: {
        AUTH_RATE_LIMIT: '100000',
        WRITE_RATE_LIMIT: '100000',
        IDEA_RATE_LIMIT: '100000',
        IDEA_LAB_RATE_LIMIT: '1000000',
        MAX_EVENT_LOOP_DELAY_MS: '0',
      },
    });
    apis.push(api);
    const rows: ScenarioResult[] = [];
    const plans: string[] = [];
    for (const s of await scenarios(url, api.port)) {
      rows.push(await runScenario(s, api, url, db.log, plans));
    }
    results.scenarios = rows;
    await api.stop();
    apis.length = 0;

    say('bare Fastify route (the ceiling)…');
    const bare = await startBareFastify(apiDir, PORTS[1] as number);
    try {
      results.bareFastify = {
        connections: 100,
        ...(await load({
          ports: [PORTS[1] as number],
          requests: [{ method: 'GET', path: '/hello' }],
          connections: 100,
          seconds: SECONDS,
          maxRequests: 1_000_000,
        })),
      };
    } finally {
      bare.kill('SIGTERM');
    }

    if (process.env.BENCH_TWO !== '0') {
      say('two API processes over one PostgreSQL…');
      results.twoProcesses = { load1Before: load1(), ...(await runTwo()), load1After: load1() };
    }

    writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(`${base}.md`, markdown(results, rows));
    writeFileSync(`${base}-plans.md`, `# EXPLAIN (ANALYZE, BUFFERS) · ${date} · ${scale.name}\n\n${plans.join('\n')}`);
    say(`results in ${base}.json, .md and -plans.md`);
  } finally {
    for (const a of apis) await a.stop();
    await db.cleanup();
  }
}

await main();
