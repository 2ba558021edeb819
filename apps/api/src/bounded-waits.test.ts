import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorEnvelope } from '@motesplats/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from './app';
import { parseConfig } from './config';
import { createPrismaClient, type PrismaClient } from './db/prisma';
import { createOrganisation } from './db/seed/factories';
import { enqueueJob } from './lib/jobs';
import { createTestDatabase, lockTable, type TestDatabase } from './test/database';
import { startTcpProxy, type TcpProxy } from './test/tcp-proxy';

// Every case runs against the real PostgreSQL: taken away behind a TCP proxy, blocked by a lock
// this file holds, or with every connection of a small pool busy. The apps keep their default
// bounds (5 s to get a connection, 5 s per statement, 30 s per request): a bound that did not
// work would leave the request to the last resort (30 s, another message) or the test's
// timeout. Durations are figures
// (annotations, shown by `vitest --reporter=verbose`), not assertions, except the issue's
// "a stopped database gives 503 within 6 s".

let database: TestDatabase;
let direct: PrismaClient;
const apps: App[] = [];
const proxies: TcpProxy[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  direct = createPrismaClient(database.url);
});
afterAll(async () => {
  for (const proxy of proxies) await proxy.restore();
  for (const app of apps) await app.close();
  for (const proxy of proxies) await proxy.close();
  await direct?.$disconnect();
  await database?.drop();
});

interface LogLine {
  level: number;
  msg: string;
}

async function appOn(databaseUrl: string, env: Record<string, string> = {}) {
  const logs: LogLine[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const config = parseConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://motesplats.test',
    WEB_DIST_DIR: '/nonexistent',
    JOB_WORKER: 'false',
    // The machine's stalls must not pass for the load shedding tested below.
    MAX_EVENT_LOOP_DELAY_MS: '0',
    ...env,
  });
  const app = await buildApp(config, { databaseUrl, loggerInstance: logger });
  await app.ready();
  apps.push(app);
  return { app, logs };
}

async function proxied() {
  const proxy = await startTcpProxy(database.url);
  proxies.push(proxy);
  return proxy;
}

async function timed(app: App, url: string): Promise<{ response: LightMyRequestResponse; ms: number }> {
  const started = performance.now();
  const response = await app.inject({ url });
  return { response, ms: Math.round(performance.now() - started) };
}

/** 503, Retry-After, the envelope, and nothing about the database in the body. */
function expectUnavailable(response: LightMyRequestResponse, message = /database/) {
  expect(response.statusCode).toBe(503);
  expect(response.headers['retry-after']).toBe('5');
  const body = ErrorEnvelope.parse(response.json());
  expect(body.error.code).toBe('UNAVAILABLE');
  expect(body.error.message).toMatch(message);
  expect(response.body).not.toMatch(/127\.0\.0\.1|postgres|:\d{4,5}|57014|terminated|timeout exceeded|P\d{4}/i);
}

/** How long until the same process answers `url` with 200 again, asking every 50 ms. */
async function msUntilServing(app: App, url: string): Promise<number> {
  const started = performance.now();
  while ((await app.inject({ url })).statusCode !== 200) await sleep(50);
  return Math.round(performance.now() - started);
}

/** Waits until `count` statements on this database wait for a lock. */
async function untilWaitingOnLock(count: number) {
  for (;;) {
    const [row] = await direct.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) >= count) return;
    await sleep(20);
  }
}

const LIST = '/api/v1/organisations';

describe('a database that cannot be reached', () => {
  it(
    'stopped: 503 with Retry-After within 6 s, not ready; the same process serves again when it is back',
    {
      timeout: 30_000,
    },
    async ({ annotate }) => {
      const proxy = await proxied();
      const { app } = await appOn(proxy.url);
      expect((await app.inject({ url: LIST })).statusCode).toBe(200);

      await proxy.stop();
      const list = await timed(app, LIST);
      expectUnavailable(list.response);
      expect(list.ms).toBeLessThan(6_000);
      const ready = await timed(app, '/api/ready');
      expectUnavailable(ready.response);

      await proxy.restore();
      const recovered = await msUntilServing(app, '/api/ready');
      expect((await app.inject({ url: LIST })).statusCode).toBe(200);
      await annotate(
        `database stopped: 503 after ${list.ms} ms (list), ${ready.ms} ms (ready); serving ${recovered} ms after it was back`,
      );
    },
  );

  it(
    'stopped under load: every answer is 200 or 503 with the envelope, none waits past the bound, and it recovers',
    {
      timeout: 60_000,
    },
    async ({ annotate }) => {
      const proxy = await proxied();
      const { app } = await appOn(proxy.url);
      const answers: { status: number; ms: number; phase: 'before' | 'away' | 'back' }[] = [];
      let phase: 'before' | 'away' | 'back' = 'before';
      let running = true;
      const worker = async () => {
        while (running) {
          const at = phase;
          const { response, ms } = await timed(app, LIST);
          // A 503 says the database is away, or sheds load while requests pile up behind it.
          if (response.statusCode !== 200) expectUnavailable(response, /database|overloaded/);
          answers.push({ status: response.statusCode, ms, phase: at });
          // A client paces itself: a 503 comes at once, and a tight loop would only measure itself.
          await sleep(20);
        }
      };
      const workers = Array.from({ length: 10 }, worker);
      await sleep(1_000);
      phase = 'away';
      await proxy.stop();
      await sleep(3_000);
      await proxy.restore();
      phase = 'back';
      const recovered = await msUntilServing(app, '/api/ready');
      await sleep(1_000);
      running = false;
      await Promise.all(workers);

      const of = (p: string) => answers.filter((a) => a.phase === p);
      expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
      expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(6_000 + 1_000);
      expect(of('away').some((a) => a.status === 503)).toBe(true);
      // Once it answers ready again, the last second of load is served.
      expect(answers.slice(-5).every((a) => a.status === 200)).toBe(true);
      await annotate(
        `10 clients: ${of('before').length} answers before, ${of('away').filter((a) => a.status === 503).length} × 503 ` +
          `while away (slowest ${Math.max(...of('away').map((a) => a.ms))} ms), serving ${recovered} ms after it was back, ` +
          `${answers.filter((a) => a.status === 200).length} × 200 in all, nothing else`,
      );
    },
  );

  it(
    'a network that drops packets: 503 once the bounds pass; serves again when it is back',
    {
      timeout: 40_000,
    },
    async ({ annotate }) => {
      const proxy = await proxied();
      const { app } = await appOn(proxy.url);
      expect((await app.inject({ url: '/api/ready' })).statusCode).toBe(200);

      proxy.blackhole();
      // The pool's idle connection gets no answer (client-side bound: statement_timeout + 1 s);
      // then a new connection is never answered (DATABASE_CONNECT_TIMEOUT_MS).
      const first = await timed(app, '/api/ready');
      expectUnavailable(first.response);
      const second = await timed(app, LIST);
      expectUnavailable(second.response);

      await proxy.restore();
      const recovered = await msUntilServing(app, LIST);
      await annotate(
        `packets dropped: 503 after ${first.ms} ms (open connection), ${second.ms} ms (new connection); ` +
          `serving ${recovered} ms after the network was back`,
      );
    },
  );
});

describe('a statement past statement_timeout', () => {
  it('is cancelled and answered 503; the next one is served', { timeout: 30_000 }, async ({ annotate }) => {
    const { app } = await appOn(database.url);
    const lock = await lockTable(database.url, 'Organisation');
    let list;
    try {
      list = await timed(app, LIST);
    } finally {
      await lock.release();
    }
    expectUnavailable(list.response);
    expect((await app.inject({ url: LIST })).statusCode).toBe(200);
    await annotate(`statement blocked by a lock: 503 after ${list.ms} ms`);
  });
});

describe('a request past REQUEST_TIMEOUT_MS', () => {
  it('is answered 503 whatever it waits for', { timeout: 30_000 }, async ({ annotate }) => {
    const { app } = await appOn(database.url, { REQUEST_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '60000' });
    const lock = await lockTable(database.url, 'Organisation');
    let list;
    try {
      list = await timed(app, LIST);
    } finally {
      await lock.release();
    }
    expectUnavailable(list.response, /took too long/);
    await annotate(`request held by a lock, REQUEST_TIMEOUT_MS 1000: 503 after ${list.ms} ms`);
  });
});

describe('every connection of the pool busy', () => {
  it(
    'a request that cannot get one is answered 503; the busy ones finish',
    { timeout: 30_000 },
    async ({ annotate }) => {
      // Statements may run long here, so that the pool stays full while a third request waits.
      const { app } = await appOn(database.url, { DATABASE_POOL_SIZE: '2', DATABASE_STATEMENT_TIMEOUT_MS: '60000' });
      // An organisation's profile is read with one statement at a time: one connection each.
      const profile = `${LIST}/${(await createOrganisation(direct, { kind: 'LOCAL_ACTOR' })).id}`;
      const lock = await lockTable(database.url, 'Organisation');
      const busy: Promise<LightMyRequestResponse>[] = [];
      let ready;
      try {
        // One after the other: Prisma batches the reads of one tick into one statement.
        busy.push(app.inject({ url: profile }));
        await untilWaitingOnLock(1);
        busy.push(app.inject({ url: profile }));
        await untilWaitingOnLock(2);
        ready = await timed(app, '/api/ready');
      } finally {
        await lock.release();
      }
      expectUnavailable(ready.response);
      for (const response of await Promise.all(busy)) expect(response.statusCode).toBe(200);
      expect((await app.inject({ url: '/api/ready' })).statusCode).toBe(200);
      await annotate(`pool of 2 busy: 503 after ${ready.ms} ms`);
    },
  );
});

describe('an overloaded process', () => {
  it(
    'sheds requests with 503, the envelope and Retry-After, and still answers its liveness check',
    {
      timeout: 30_000,
    },
    async () => {
      // A heap limit every process is over: the first sample (after a second) finds it.
      const { app } = await appOn(database.url, { MAX_HEAP_USED_MB: '1' });
      let response = await app.inject({ url: LIST });
      while (response.statusCode === 200) {
        await sleep(100);
        response = await app.inject({ url: LIST });
      }
      expectUnavailable(response, /overloaded/);
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    },
  );
});

describe('the job worker while the database is away', () => {
  it('keeps polling, and works the queue when the database is back', { timeout: 30_000 }, async () => {
    const proxy = await proxied();
    const { app, logs } = await appOn(proxy.url, { JOB_WORKER: 'true', JOB_POLL_INTERVAL_MS: '100' });
    const queue = `test-outage-${Date.now()}`;
    const runs: string[] = [];
    app.jobs.handle(queue, async (job) => void runs.push(job.id));

    await proxy.stop();
    await enqueueJob(direct, { queue, payload: {}, dedupeKey: `${queue}:1` });
    while (logs.filter((line) => line.msg.startsWith('job queue unreachable')).length < 3) await sleep(50);

    await proxy.restore();
    let job = await direct.job.findUniqueOrThrow({ where: { dedupeKey: `${queue}:1` } });
    while (job.state !== 'COMPLETED') {
      await sleep(50);
      job = await direct.job.findUniqueOrThrow({ where: { dedupeKey: `${queue}:1` } });
    }
    expect(runs).toEqual([job.id]);
    expect(job.attempts).toBe(1);
  });
});
