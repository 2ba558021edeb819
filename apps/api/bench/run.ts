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
import { DEMO_PASSWORD } from '../src/db/seed/demo-data';
import { loadDemoData } from '../src/db/seed/load-demo';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const WARMUP = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'motesplats-bench-'));
  const pg = await startEmbeddedPostgres({ dataDir, settings: { fsync: 'off' } });
  try {
    const databaseUrl = pg.connectionString();
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, { max: 2 });
    await loadDemoData(prisma);
    await prisma.$disconnect();

    const config = parseConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      AUTH_RATE_LIMIT: '100000',
      WEB_DIST_DIR: '/nonexistent',
    });
    const app = await buildApp(config, { databaseUrl });
    await app.ready();

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'helena.sjoberg@demo.motesplats.se', password: DEMO_PASSWORD },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

    const cases: { name: string; run: () => Promise<{ statusCode: number }>; iterations?: number }[] = [
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
    ];

    const rows: { name: string; p50: number; p95: number }[] = [];
    for (const c of cases) {
      const n = c.iterations ?? ITERATIONS;
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
    const baseline = rows[0]?.p50 ?? 1;
    const out = [
      `Mötesplats API benchmark: ${ITERATIONS} requests per route (login: 40), in-process, demo data`,
      `${'route'.padEnd(62)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p50 ÷ health'.padStart(13)}`,
      ...rows.map(
        (r) =>
          `${r.name.padEnd(62)} ${r.p50.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${(r.p50 / baseline).toFixed(1).padStart(13)}`,
      ),
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
