// Latency of the API's hot routes on the demo data, in-process (app.inject, no network), on a
// throw-away embedded PostgreSQL. Figures are machine-dependent: compare the ratios to the
// health route measured in the same run, not absolute milliseconds across machines.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app';
import { parseConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrator';
import { createPrismaClient } from '../src/db/prisma';
import { encodeCursor } from '../src/lib/faceted-search';
import { DEMO_CHALLENGES, DEMO_OFFERINGS, DEMO_PASSWORD, DEMO_USERS } from '../src/db/seed/demo-data';
import { loadDemoData } from '../src/db/seed/load-demo';
import { mergeOfferingSuggestions, refreshChallengeSuggestions } from '../src/modules/suggestions/suggestion-cache';
import { openChallengeSql } from '../src/modules/suggestions/suggestions.queries';
import { insertSyntheticOfferings } from './synthetic-offerings';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
/** Synthetic public challenges added after the demo-data cases, to show deep pages stay fast. */
const SYNTHETIC_ROWS = Number(process.env.BENCH_SYNTHETIC_ROWS ?? 50_000);
/** Synthetic published offerings added before those challenges, to show suggestions stay fast. */
const SYNTHETIC_OFFERINGS = Number(process.env.BENCH_SYNTHETIC_OFFERINGS ?? 100_000);
const WARMUP = 30;
/**
 * Only the cases whose name contains this text (e.g. BENCH_ONLY='?q=' for the searches), and the
 * baseline; the refresh jobs run only without it. The synthetic rows are inserted either way.
 */
const ONLY = process.env.BENCH_ONLY;
const selected = (name: string) => !ONLY || name.includes(ONLY) || name.endsWith('(baseline)');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Case {
  name: string;
  run: () => Promise<{ statusCode: number }>;
  iterations?: number;
}

async function measure(cases: Case[], rows: { name: string; p50: number; p95: number }[], iterations = ITERATIONS) {
  for (const c of cases.filter((c) => selected(c.name))) {
    const n = c.iterations ?? iterations;
    for (let i = 0; i < Math.min(WARMUP, n); i++) await c.run();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      const response = await c.run();
      times.push(performance.now() - start);
      if (response.statusCode !== 200) throw new Error(`${c.name} answered ${response.statusCode}`);
    }
    times.sort((a, b) => a - b);
    rows.push({ name: c.name, p50: percentile(times, 50), p95: percentile(times, 95) });
  }
}

/** Times each piece of work once (background jobs: each run is different work). */
async function measureWork(
  name: string,
  runs: (() => Promise<unknown>)[],
  rows: { name: string; p50: number; p95: number }[],
) {
  if (ONLY) return;
  const times: number[] = [];
  for (const run of runs) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  rows.push({ name: `${name} (${runs.length} runs)`, p50: percentile(times, 50), p95: percentile(times, 95) });
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'motesplats-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, settings: { fsync: 'off' } });
  try {
    const databaseUrl = pg.connectionString();
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
    await loadDemoData(prisma);
    await prisma.$disconnect();

    const config = parseConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT: '100000',
      WEB_DIST_DIR: '/nonexistent',
      // The suggestion refresh jobs are timed below one by one; a polling worker would run
      // them in the background of the other measurements.
      JOB_WORKER: 'false',
      // Inserting the synthetic rows and re-ranking every open challenge take longer than the
      // app's 5 s statement limit on a busy machine; the measured requests are far below either.
      DATABASE_STATEMENT_TIMEOUT_MS: '600000',
    });
    const app = await buildApp(config, { databaseUrl });
    await app.ready();

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'helena.sjoberg@demo.motesplats.se', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const curatorLogin = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DEMO_USERS.curator.email, password: DEMO_PASSWORD },
    });
    const curator = curatorLogin.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const challenge = await app.prisma.challenge.findFirstOrThrow({
      where: { title: DEMO_CHALLENGES.portalenSprak.title },
      select: { id: true },
    });
    const offering = await app.prisma.offering.findFirstOrThrow({
      where: { title: DEMO_OFFERINGS.kunskapsbronSvenska.title },
      select: { id: true },
    });
    const suggestionCases = (label: string): Case[] => [
      {
        name: `${label}GET /api/v1/challenges/:id/suggestions`,
        run: () => app.inject({ url: `/api/v1/challenges/${challenge.id}/suggestions`, headers: { cookie: curator } }),
      },
      {
        // More than the cached candidates: every offering is ranked, as for a draft challenge.
        name: `${label}GET /api/v1/challenges/:id/suggestions?limit=50 (uncached)`,
        run: () =>
          app.inject({ url: `/api/v1/challenges/${challenge.id}/suggestions?limit=50`, headers: { cookie: curator } }),
      },
      {
        name: `${label}GET /api/v1/offerings/:id/suggestions`,
        run: () => app.inject({ url: `/api/v1/offerings/${offering.id}/suggestions`, headers: { cookie: curator } }),
      },
      {
        name: `${label}GET /api/v1/suggestions (curators' queue)`,
        run: () => app.inject({ url: '/api/v1/suggestions', headers: { cookie: curator } }),
      },
      {
        name: `${label}GET /api/v1/suggestions?perChallenge=5&limit=100&region=05`,
        run: () =>
          app.inject({ url: '/api/v1/suggestions?perChallenge=5&limit=100&region=05', headers: { cookie: curator } }),
      },
    ];

    const cases: Case[] = [
      { name: 'GET /api/health (baseline)', run: () => app.inject({ url: '/api/health' }) },
      { name: 'GET /api/v1/labs', run: () => app.inject({ url: '/api/v1/labs' }) },
      {
        name: 'GET /api/v1/labs?focusArea=CRIME&status=ACTIVE',
        run: () => app.inject({ url: '/api/v1/labs?focusArea=CRIME&status=ACTIVE' }),
      },
      {
        name: 'GET /api/v1/organisations?q=Norköping (typo)',
        run: () => app.inject({ url: '/api/v1/organisations?q=Hyresbost%C3%A4der%20i%20Nork%C3%B6ping' }),
      },
      {
        name: 'GET /api/v1/organisations?kind=LOCAL_ACTOR&page=2&pageSize=5',
        run: () => app.inject({ url: '/api/v1/organisations?kind=LOCAL_ACTOR&page=2&pageSize=5' }),
      },
      { name: 'GET /api/v1/challenges', run: () => app.inject({ url: '/api/v1/challenges' }) },
      {
        name: 'GET /api/v1/challenges?q=arbetslöshet&focusArea=UNEMPLOYMENT&region=05',
        run: () => app.inject({ url: '/api/v1/challenges?q=arbetsl%C3%B6shet&focusArea=UNEMPLOYMENT&region=05' }),
      },
      {
        name: 'GET /api/v1/challenges?targetGroup=…&supportType=… (member)',
        run: () =>
          app.inject({
            url: '/api/v1/challenges?targetGroup=WOMEN_FAR_FROM_LABOUR_MARKET,NEWLY_ARRIVED&supportType=STAFF,ACTIVITY',
            headers: { cookie },
          }),
      },
      { name: 'GET /api/v1/offerings', run: () => app.inject({ url: '/api/v1/offerings' }) },
      {
        name: 'GET /api/v1/offerings?q=läxhjälp&focusArea=SCHOOLS&municipality=0581',
        run: () => app.inject({ url: '/api/v1/offerings?q=l%C3%A4xhj%C3%A4lp&focusArea=SCHOOLS&municipality=0581' }),
      },
      {
        name: 'GET /api/v1/challenges?q=arbetslösa kvinnor',
        run: () => app.inject({ url: '/api/v1/challenges?q=arbetsl%C3%B6sa%20kvinnor' }),
      },
      {
        name: 'GET /api/v1/challenges?q=läx (a word begun)',
        run: () => app.inject({ url: '/api/v1/challenges?q=l%C3%A4x' }),
      },
      {
        name: 'GET /api/v1/offerings?region=05&supportType=STAFF,METHOD',
        run: () => app.inject({ url: '/api/v1/offerings?region=05&supportType=STAFF,METHOD' }),
      },
      {
        name: 'GET /api/v1/auth/me (session cookie)',
        run: () => app.inject({ url: '/api/v1/auth/me', headers: { cookie } }),
      },
      {
        name: 'POST /api/v1/auth/login (argon2id)',
        iterations: 40,
        run: () =>
          app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { email: 'helena.sjoberg@demo.motesplats.se', password: DEMO_PASSWORD },
          }),
      },
      ...suggestionCases(''),
    ];

    const rows: { name: string; p50: number; p95: number }[] = [];
    await measure(cases, rows);

    await insertSyntheticOfferings(app.prisma, SYNTHETIC_OFFERINGS);
    // The synthetic rows bypass the services, so no refresh was queued for them: re-rank every
    // open challenge, one job's work at a time, as the daily refresh does.
    const open = await app.prisma.$queryRaw<
      { id: string }[]
    >`SELECT c."id" FROM "Challenge" c WHERE ${openChallengeSql}`;
    await measureWork(
      `+${SYNTHETIC_OFFERINGS} offerings: refresh job: re-rank one challenge's candidates`,
      open.map((c) => () => refreshChallengeSuggestions(app.prisma, [c.id])),
      rows,
    );
    const sample = await app.prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Offering" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 40`;
    await measureWork(
      `+${SYNTHETIC_OFFERINGS} offerings: refresh job: merge one changed offering`,
      sample.map((o, i) => () => mergeOfferingSuggestions(app.prisma, o.id, `bench:${i}`)),
      rows,
    );
    await measure(suggestionCases(`+${SYNTHETIC_OFFERINGS} offerings: `), rows, 50);
    await measure(
      [
        {
          name: `+${SYNTHETIC_OFFERINGS} offerings: ?q=läxhjälp&focusArea=SCHOOLS&municipality=0581`,
          run: () => app.inject({ url: '/api/v1/offerings?q=l%C3%A4xhj%C3%A4lp&focusArea=SCHOOLS&municipality=0581' }),
        },
        {
          name: `+${SYNTHETIC_OFFERINGS} offerings: ?q=läxhjälp för unga`,
          run: () => app.inject({ url: '/api/v1/offerings?q=l%C3%A4xhj%C3%A4lp%20f%C3%B6r%20unga' }),
        },
      ],
      rows,
      50,
    );

    // Deep pages on a bigger table: OFFSET walks past every earlier row, the keyset cursor
    // (what nextCursor gives) starts right after the last row seen.
    await app.prisma.$executeRaw`
      INSERT INTO "Challenge" ("organisationId", "title", "description", "focusArea", "targetGroups",
        "municipalityCode", "neededSupportTypes", "status", "publishedAt", "updatedAt")
      SELECT (SELECT "id" FROM "Organisation" WHERE "kind" = 'HOUSING_COMPANY' ORDER BY "name" LIMIT 1),
        'Syntetisk utmaning ' || i || CASE WHEN i % 7 = 0 THEN ' om arbetslöshet' ELSE '' END,
        'Genererad rad för mätning av djupa sidor.',
        (ARRAY['UNEMPLOYMENT','SCHOOLS','SERVICES','CRIME']::"FocusArea"[])[1 + i % 4],
        ARRAY[(ARRAY['WOMEN_FAR_FROM_LABOUR_MARKET','YOUTH_13_19','PARENTS','SENIORS']::"TargetGroup"[])[1 + i % 4]],
        (ARRAY['0581','0580','0180','1480','2582','0181'])[1 + i % 6],
        ARRAY['ACTIVITY']::"SupportType"[], 'OPEN',
        now() - make_interval(mins => i), now()
      FROM generate_series(1, ${SYNTHETIC_ROWS}) AS i`;
    await app.prisma.$executeRaw`ANALYZE "Challenge"`;
    const deep = Math.floor(SYNTHETIC_ROWS / 2);
    const [at] = await app.prisma.$queryRaw<{ id: string; newest: Date }[]>`
      SELECT "id", COALESCE("publishedAt", "createdAt") AS "newest" FROM "Challenge"
      WHERE "status" <> 'DRAFT' AND "unpublishedAt" IS NULL
      ORDER BY 2 DESC, 1 ASC OFFSET ${deep - 1} LIMIT 1`;
    const cursor = at ? encodeCursor({ by: 'newest', at: at.newest.toISOString(), id: at.id }) : '';
    const pageAtDeep = Math.floor(deep / 20) + 1;
    await measure(
      [
        {
          name: `+${SYNTHETIC_ROWS} rows: GET /api/v1/challenges (page 1)`,
          run: () => app.inject({ url: '/api/v1/challenges' }),
        },
        {
          name: `+${SYNTHETIC_ROWS} rows: ?page=${pageAtDeep} (OFFSET)`,
          run: () => app.inject({ url: `/api/v1/challenges?page=${pageAtDeep}` }),
        },
        {
          name: `+${SYNTHETIC_ROWS} rows: ?cursor= at row ${deep} (keyset)`,
          run: () => app.inject({ url: `/api/v1/challenges?cursor=${cursor}` }),
        },
        {
          name: `+${SYNTHETIC_ROWS} rows: ?q=arbetslöshet&focusArea=UNEMPLOYMENT&region=05`,
          run: () => app.inject({ url: '/api/v1/challenges?q=arbetsl%C3%B6shet&focusArea=UNEMPLOYMENT&region=05' }),
        },
        {
          name: `+${SYNTHETIC_ROWS} rows: ?q=arbetslösa kvinnor`,
          run: () => app.inject({ url: '/api/v1/challenges?q=arbetsl%C3%B6sa%20kvinnor' }),
        },
        {
          name: `+${SYNTHETIC_ROWS} rows: ?q=läx (a word begun)`,
          run: () => app.inject({ url: '/api/v1/challenges?q=l%C3%A4x' }),
        },
      ],
      rows,
      50,
    );

    const baseline = rows[0]?.p50 ?? 1;
    const out = [
      `Mötesplats API benchmark: ${ITERATIONS} requests per route (login: 40; synthetic-row cases: 50; refresh jobs: each once), in-process, demo data`,
      `${'route'.padEnd(76)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p50 ÷ health'.padStart(13)}`,
      ...rows.map(
        (r) =>
          `${r.name.padEnd(76)} ${r.p50.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${(r.p50 / baseline).toFixed(1).padStart(13)}`,
      ),
      ...suggestionCases('').map((c) => {
        const demo = rows.find((r) => r.name === c.name);
        const big = rows.find((r) => r.name === `+${SYNTHETIC_OFFERINGS} offerings: ${c.name}`);
        return demo && big
          ? `${c.name}: +${SYNTHETIC_OFFERINGS} offerings ÷ demo data = p50 ${(big.p50 / demo.p50).toFixed(1)}×, p95 ${(big.p95 / demo.p95).toFixed(1)}×`
          : '';
      }),
      `RSS after the run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    await app.close();
  } finally {
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
