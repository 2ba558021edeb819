// Soak: the built API (dist/main.js) over HTTP on a throw-away embedded PostgreSQL with the demo
// data, under a mixed read/write load. First a short closed loop finds the saturation rate; then
// an open loop runs at half of it for SOAK_SECONDS (default 600), minute by minute: latency,
// errors and the API process's RSS. It passes when nothing failed, latency stayed flat (the last
// window's p50 and p99 within 1.5 × the first's) and RSS grew less than 10 % after warm-up.
// Not part of `pnpm test`: `pnpm --filter @motesplats/api soak` (SOAK_SECONDS=60 for a short run).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrator';
import { createPrismaClient } from '../src/db/prisma';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/db/seed/demo-data';
import { loadDemoData } from '../src/db/seed/load-demo';
import { buildApi, startChildApp } from '../src/test/child-app';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const WINDOW_SECONDS = Math.min(60, Math.max(5, Math.floor(SOAK_SECONDS / 10)));
const SATURATION_SECONDS = 20;
const SATURATION_CLIENTS = 16;
/** Requests in flight at most during the soak; one more is counted as an error, not queued. */
const MAX_IN_FLIGHT = 200;
const REQUEST_TIMEOUT_MS = 10_000;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

interface Session {
  cookie: string;
  csrfToken: string;
}

type Step = () => Promise<Response>;

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'motesplats-soak-'));
  const pg = await startEmbeddedPostgres({ dataDir, settings: { fsync: 'off' } });
  let stopApp: (() => void) | undefined;
  try {
    const databaseUrl = pg.connectionString();
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
    await loadDemoData(prisma);
    await prisma.$disconnect();
    await buildApi();
    // One client address sends everything, so the per-address limits are lifted; the per-account
    // quotas stay (the curator, who writes the messages, is exempt from them as staff).
    const app = await startChildApp(databaseUrl, {
      NODE_ENV: 'production',
      COOKIE_SECRET: 'soak-cookie-secret-0123456789abcdef0123456789',
      WRITE_RATE_LIMIT: '100000',
      IDEA_RATE_LIMIT: '100000',
      IDEA_LAB_RATE_LIMIT: '1000000',
      AUTH_RATE_LIMIT: '100000',
    });
    stopApp = () => app.child.kill('SIGTERM');
    const base = `http://127.0.0.1:${app.port}/api/v1`;
    const get = (path: string, session?: Session) =>
      fetch(`${base}${path}`, {
        headers: session ? { cookie: session.cookie } : {},
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    const post = (path: string, body: unknown, session?: Session) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    const signIn = async (email: string): Promise<Session> => {
      const response = await post('/auth/login', { email, password: DEMO_PASSWORD });
      if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
      const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
      return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
    };
    const ids = async (path: string, session?: Session) => {
      const response = await get(path, session);
      const body = (await response.json()) as { items?: { id: string }[] };
      if (!response.ok || !body.items?.length) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      return body.items.map((item) => item.id);
    };

    const curator = await signIn(DEMO_USERS.curator.email);
    const [challenges, offerings, labs, ideas, matches] = await Promise.all([
      ids('/challenges?pageSize=50'),
      ids('/offerings?pageSize=50'),
      ids('/labs?pageSize=50'),
      ids('/ideas?pageSize=50'),
      ids('/matches?pageSize=50', curator),
    ]);
    const pick = <T>(list: T[], i: number) => list[i % list.length]!;
    let n = 0;
    // 70 % reads of what visitors and members open most, 30 % writes that reach other people.
    const mix: Step[] = [
      () => get('/challenges?q=unga&focusArea=UNEMPLOYMENT&facets=true'),
      () => get(`/challenges/${pick(challenges, n)}`),
      () => get(`/offerings/${pick(offerings, n)}`),
      () => get(`/challenges/${pick(challenges, n)}/suggestions`, curator),
      () => get(`/labs/${pick(labs, n)}`),
      () => get('/ideas'),
      () => get('/national-overview'),
      () => post(`/matches/${pick(matches, n)}/messages`, { body: `Uppföljning ${n}` }, curator),
      () =>
        post('/ideas', {
          labId: pick(labs, n),
          title: `Idé från belastningsprovet ${n}`,
          body: 'Ett gemensamt odlingsprojekt på gården för alla åldrar.',
        }),
      () => post(`/ideas/${pick(ideas, n)}/support`, {}),
    ];
    const next = () => mix[n++ % mix.length]!();

    interface Sample {
      at: number;
      ms: number;
      ok: boolean;
    }
    const run = async (step: Step, samples: Sample[]) => {
      const started = performance.now();
      let ok = false;
      try {
        const response = await step();
        await response.arrayBuffer();
        // A support the visitor already gave is an honest 409; nothing else is.
        ok = response.ok || response.status === 409;
        if (!ok) errors.set(response.status, (errors.get(response.status) ?? 0) + 1);
      } catch (error) {
        const name = (error as Error).name;
        errors.set(name, (errors.get(name) ?? 0) + 1);
      }
      samples.push({ at: started, ms: performance.now() - started, ok });
    };
    const errors = new Map<number | string, number>();

    // Saturation: closed loop, as fast as the API answers.
    const saturation: Sample[] = [];
    const satUntil = performance.now() + SATURATION_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: SATURATION_CLIENTS }, async () => {
        while (performance.now() < satUntil) await run(next, saturation);
      }),
    );
    const saturationRps = saturation.length / SATURATION_SECONDS;
    const rate = Math.max(1, Math.floor(saturationRps / 2));
    console.log(
      `saturation ${saturationRps.toFixed(0)} req/s with ${SATURATION_CLIENTS} clients; soak at ${rate} req/s`,
    );
    errors.clear();

    // Soak: open loop at half the saturation rate, bounded in time and in requests in flight.
    const soak: Sample[] = [];
    const rss: { at: number; mb: number }[] = [];
    const started = performance.now();
    const until = started + SOAK_SECONDS * 1000;
    let inFlight = 0;
    let dropped = 0;
    const pending: Promise<void>[] = [];
    const sampler = (async () => {
      while (performance.now() < until) {
        rss.push({ at: performance.now(), mb: await rssMb(app.child.pid!) });
        await sleep(1000);
      }
    })();
    for (let i = 0; ; i++) {
      const due = started + (i * 1000) / rate;
      if (due >= until) break;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      if (inFlight >= MAX_IN_FLIGHT) {
        dropped++;
        continue;
      }
      inFlight++;
      pending.push(run(next, soak).finally(() => inFlight--));
      if (pending.length > 1000) await Promise.all(pending.splice(0, 500));
    }
    await Promise.all(pending);
    await sampler;

    const windows = [];
    for (let from = 0; from < SOAK_SECONDS; from += WINDOW_SECONDS) {
      const lo = started + from * 1000;
      const hi = lo + WINDOW_SECONDS * 1000;
      const times = soak
        .filter((s) => s.at >= lo && s.at < hi)
        .map((s) => s.ms)
        .sort((a, b) => a - b);
      const mem = rss.filter((r) => r.at >= lo && r.at < hi).map((r) => r.mb);
      windows.push({
        fromSecond: from,
        requests: times.length,
        errors: soak.filter((s) => s.at >= lo && s.at < hi && !s.ok).length,
        p50: Number(percentile(times, 50).toFixed(1)),
        p99: Number(percentile(times, 99).toFixed(1)),
        rssMb: Number(Math.max(...mem).toFixed(0)),
      });
    }
    const first = windows[1] ?? windows[0]!; // the first window warms up
    const last = windows.at(-1)!;
    const failures = soak.filter((s) => !s.ok).length + dropped;
    const summary = {
      date: new Date().toISOString(),
      seconds: SOAK_SECONDS,
      saturationRps: Number(saturationRps.toFixed(1)),
      rate,
      requests: soak.length,
      failures,
      dropped,
      errors: Object.fromEntries(errors),
      p50Growth: Number((last.p50 / first.p50).toFixed(2)),
      p99Growth: Number((last.p99 / first.p99).toFixed(2)),
      rssGrowthPercent: Number((((last.rssMb - first.rssMb) / first.rssMb) * 100).toFixed(1)),
      loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
      windows,
    };
    const passed =
      failures === 0 && summary.p50Growth <= 1.5 && summary.p99Growth <= 1.5 && summary.rssGrowthPercent < 10;

    console.log(`\n| from (s) | requests | errors | p50 ms | p99 ms | RSS MB |\n|---|---|---|---|---|---|`);
    for (const w of windows) {
      console.log(`| ${w.fromSecond} | ${w.requests} | ${w.errors} | ${w.p50} | ${w.p99} | ${w.rssMb} |`);
    }
    console.log(
      `\n${summary.requests} requests at ${rate} req/s for ${SOAK_SECONDS} s: ${failures} failed; ` +
        `p50 ×${summary.p50Growth}, p99 ×${summary.p99Growth}, RSS ${summary.rssGrowthPercent >= 0 ? '+' : ''}${summary.rssGrowthPercent} % ` +
        `from the second window to the last (load average ${summary.loadAverage.join(', ')}): ${passed ? 'PASS' : 'FAIL'}`,
    );
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${summary.date.slice(0, 10)}-soak.json`);
    await writeFile(file, `${JSON.stringify({ ...summary, passed }, null, 2)}\n`);
    console.log(`written to ${file}`);
    process.exitCode = passed ? 0 : 1;
  } finally {
    stopApp?.();
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
