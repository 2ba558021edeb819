import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../db/prisma';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { startTcpProxy, type TcpProxy } from '../test/tcp-proxy';
import {
  createJobRunner,
  deleteCompletedJobs,
  enqueueJob,
  retryDelayMs,
  type JobHandler,
  type JobRunnerOptions,
} from './jobs';

let db: TestDatabase;
// Two clients, as two API processes would have.
let prisma: PrismaClient;
let otherPrisma: PrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
  otherPrisma = createPrismaClient(db.url);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await otherPrisma?.$disconnect();
  await db?.drop();
});

const logger = pino({ level: 'silent' });

function runner(options: Partial<JobRunnerOptions> = {}) {
  return createJobRunner({ prisma, logger, workerId: `worker-${randomUUID()}`, retryBaseMs: 60_000, ...options });
}

/** Each test works its own queue, so the tests of this file never claim each other's jobs. */
async function enqueueMany(count: number, extra: { maxAttempts?: number } = {}) {
  const queue = `test-${randomUUID()}`;
  for (let i = 0; i < count; i++) {
    await enqueueJob(prisma, { queue, payload: { i }, dedupeKey: `${queue}:${i}`, ...extra });
  }
  return queue;
}

const jobsOf = (queue: string) => prisma.job.findMany({ where: { queue }, orderBy: { createdAt: 'asc' } });

/** How far in the future (ms, by the database's clock) the job's next run is. */
async function msUntilRun(id: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ ms: number }[]>`
    SELECT (EXTRACT(EPOCH FROM ("runAt" - now())) * 1000)::float8 AS ms FROM "Job" WHERE id = ${id}::uuid`;
  return row!.ms;
}

const makeDue = (queue: string) =>
  prisma.$executeRaw`UPDATE "Job" SET "runAt" = now() - interval '1 second' WHERE queue = ${queue}`;

describe('retry delays', () => {
  it('double from the base, stop at the cap, and add at most a tenth', () => {
    const none = () => 0;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1_000, 60_000, none))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(retryDelayMs(20, 1_000, 60_000, none)).toBe(60_000);
    expect(retryDelayMs(1, 1_000, 60_000, () => 0.999)).toBe(1_100);
  });
});

describe('enqueueing', () => {
  it('queues one job per dedupe key, however often it is asked', async () => {
    const queue = `test-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await enqueueJob(prisma, { queue, payload: { i }, dedupeKey: `${queue}:same` });
    const jobs = await jobsOf(queue);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: 'PENDING', attempts: 0, payload: { i: 0 } });
  });
});

describe('cleaning up', () => {
  it('deletes completed jobs after the days given, and keeps failed and recent ones', async () => {
    const queue = await enqueueMany(4);
    const [old, recent, failed, pending] = await jobsOf(queue);
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    await prisma.job.update({ where: { id: old!.id }, data: { state: 'COMPLETED', finishedAt: longAgo } });
    await prisma.job.update({ where: { id: recent!.id }, data: { state: 'COMPLETED', finishedAt: new Date() } });
    await prisma.job.update({ where: { id: failed!.id }, data: { state: 'FAILED', finishedAt: longAgo } });

    await deleteCompletedJobs(prisma, 30);

    expect((await jobsOf(queue)).map((job) => job.id).sort()).toEqual([recent!.id, failed!.id, pending!.id].sort());
  });
});

describe('the job runner', () => {
  it('runs a due job once, completes it and never runs it again', async () => {
    const queue = await enqueueMany(1);
    const seen: unknown[] = [];
    const worker = runner();
    worker.handle(queue, async (job) => void seen.push(job.payload));

    expect(await worker.runDue()).toBe(1);
    expect(await worker.runDue()).toBe(0);
    await makeDue(queue);
    expect(await worker.runDue()).toBe(0);

    expect(seen).toEqual([{ i: 0 }]);
    const [job] = await jobsOf(queue);
    expect(job).toMatchObject({ state: 'COMPLETED', attempts: 1, lockedAt: null, lockedBy: null, lastError: null });
    expect(job?.finishedAt).toBeInstanceOf(Date);
  });

  it('leaves jobs that are not yet due, and queues it has no handler for', async () => {
    const queue = `test-${randomUUID()}`;
    await enqueueJob(prisma, {
      queue,
      payload: {},
      dedupeKey: `${queue}:later`,
      runAt: new Date(Date.now() + 3_600_000),
    });
    const unhandled = await enqueueMany(1);
    const worker = runner();
    worker.handle(queue, async () => undefined);

    expect(await worker.runDue()).toBe(0);
    expect((await jobsOf(queue))[0]?.state).toBe('PENDING');
    expect((await jobsOf(unhandled))[0]?.state).toBe('PENDING');
  });

  it('never runs one job twice when two workers claim at the same moment', async () => {
    const queue = await enqueueMany(20);
    const runs = new Map<string, string[]>();
    // Each worker's first job waits until the other worker is inside a job too, so the two
    // demonstrably work the queue at the same time.
    const inside = new Set<string>();
    let bothInside!: () => void;
    const together = new Promise<void>((resolve) => (bothInside = resolve));
    const handlerOf =
      (name: string): JobHandler =>
      async (job) => {
        runs.set(job.id, [...(runs.get(job.id) ?? []), name]);
        inside.add(name);
        if (inside.size === 2) bothInside();
        await together;
      };
    const a = runner({ workerId: 'worker-a' });
    const b = createJobRunner({ prisma: otherPrisma, logger, workerId: 'worker-b', retryBaseMs: 60_000 });
    a.handle(queue, handlerOf('a'));
    b.handle(queue, handlerOf('b'));

    const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);

    expect(ranA + ranB).toBe(20);
    expect(ranA).toBeGreaterThan(0);
    expect(ranB).toBeGreaterThan(0);
    expect(runs.size).toBe(20);
    expect([...runs.values()].every((workers) => workers.length === 1)).toBe(true);
    const jobs = await jobsOf(queue);
    expect(jobs.every((job) => job.state === 'COMPLETED' && job.attempts === 1)).toBe(true);
  });

  it('retries a failing job with growing waits and marks it FAILED after maxAttempts', async () => {
    const queue = await enqueueMany(1, { maxAttempts: 3 });
    let calls = 0;
    const worker = runner({ retryBaseMs: 60_000 });
    worker.handle(queue, async () => {
      calls += 1;
      throw new Error(`SMTP says no (${calls})`);
    });

    expect(await worker.runDue()).toBe(1);
    let [job] = await jobsOf(queue);
    expect(job).toMatchObject({ state: 'PENDING', attempts: 1, lastError: 'SMTP says no (1)', lockedBy: null });
    const firstWait = await msUntilRun(job!.id);
    expect(firstWait).toBeGreaterThan(50_000);
    expect(firstWait).toBeLessThanOrEqual(66_000);
    // Not due yet: a call now leaves it alone.
    expect(await worker.runDue()).toBe(0);

    await makeDue(queue);
    expect(await worker.runDue()).toBe(1);
    [job] = await jobsOf(queue);
    expect(job).toMatchObject({ state: 'PENDING', attempts: 2, lastError: 'SMTP says no (2)' });
    const secondWait = await msUntilRun(job!.id);
    expect(secondWait).toBeGreaterThan(110_000);
    expect(secondWait).toBeLessThanOrEqual(132_000);

    await makeDue(queue);
    expect(await worker.runDue()).toBe(1);
    [job] = await jobsOf(queue);
    expect(job).toMatchObject({ state: 'FAILED', attempts: 3, lastError: 'SMTP says no (3)' });
    expect(job?.finishedAt).toBeInstanceOf(Date);

    await makeDue(queue);
    expect(await worker.runDue()).toBe(0);
    expect(calls).toBe(3);
  });

  it('takes back the jobs of a worker that stopped renewing its lock, and counts the lost attempt', async () => {
    const queue = await enqueueMany(3, { maxAttempts: 2 });
    const [abandoned, lastChance, alive] = await jobsOf(queue);
    await prisma.$executeRaw`
      UPDATE "Job" SET state = 'RUNNING', "lockedBy" = 'crashed-worker', attempts = 1,
        "lockedAt" = now() - interval '10 minutes'
      WHERE id = ${abandoned!.id}::uuid`;
    await prisma.$executeRaw`
      UPDATE "Job" SET state = 'RUNNING', "lockedBy" = 'crashed-worker', attempts = 2,
        "lockedAt" = now() - interval '10 minutes'
      WHERE id = ${lastChance!.id}::uuid`;
    await prisma.$executeRaw`
      UPDATE "Job" SET state = 'RUNNING', "lockedBy" = 'busy-worker', attempts = 1, "lockedAt" = now()
      WHERE id = ${alive!.id}::uuid`;
    const ran: string[] = [];
    const worker = runner({ lockTimeoutMs: 5 * 60_000 });
    worker.handle(queue, async (job) => void ran.push(job.id));

    expect(await worker.runDue()).toBe(1);

    expect(ran).toEqual([abandoned!.id]);
    const byId = new Map((await jobsOf(queue)).map((job) => [job.id, job]));
    expect(byId.get(abandoned!.id)).toMatchObject({ state: 'COMPLETED', attempts: 2 });
    expect(byId.get(lastChance!.id)).toMatchObject({ state: 'FAILED', attempts: 2 });
    expect(byId.get(lastChance!.id)?.lastError).toMatch(/crashed-worker stopped renewing its lock/);
    expect(byId.get(alive!.id)).toMatchObject({ state: 'RUNNING', lockedBy: 'busy-worker', attempts: 1 });
  });

  it('on stop claims nothing more and waits for the job that is running', async () => {
    const queue = await enqueueMany(1);
    let finish!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const worker = runner();
    worker.handle(queue, async () => {
      started();
      await new Promise<void>((resolve) => (finish = resolve));
    });

    const run = worker.runDue();
    await running;
    let stopped = false;
    const stop = worker.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stop;
    expect(await run).toBe(1);
    expect((await jobsOf(queue))[0]?.state).toBe('COMPLETED');

    const later = await enqueueMany(1);
    worker.handle(later, async () => undefined);
    expect(await worker.runDue()).toBe(0);
  });
});

describe('the job runner while the database is away', () => {
  let proxy: TcpProxy;
  let viaProxy: PrismaClient;
  beforeAll(async () => {
    proxy = await startTcpProxy(db.url);
    viaProxy = createPrismaClient(proxy.url, { connectTimeoutMs: 1_000 });
  });
  afterAll(async () => {
    await proxy?.restore();
    await viaProxy?.$disconnect();
    await proxy?.close();
  });

  /** A worker through the proxy, one job in it, stopped in its handler until `finish()`. */
  async function jobRunningWhenTheDatabaseGoes() {
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    const queue = await enqueueMany(1);
    let runs = 0;
    let finish!: () => void;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const worker = runner({ prisma: viaProxy, logger });
    worker.handle(queue, async () => {
      runs += 1;
      started();
      await new Promise<void>((resolve) => (finish = resolve));
    });
    const run = worker.runDue();
    await running;
    await proxy.stop();
    finish();
    // The outcome could not be written and waits for the database.
    while (!warnings.some((line) => line.includes('recording how the job ended again'))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { queue, worker, run, runs: () => runs };
  }

  it('records how a job ended once the database is back: it is not run a second time', async () => {
    const { queue, run, runs } = await jobRunningWhenTheDatabaseGoes();
    await proxy.restore();
    expect(await run).toBe(1);
    const [job] = await jobsOf(queue);
    expect(job).toMatchObject({ state: 'COMPLETED', attempts: 1, lockedBy: null });
    expect(runs()).toBe(1);
  });

  it('stops without waiting for the database; the job stays locked until its lock runs out', async () => {
    const { queue, worker, run } = await jobRunningWhenTheDatabaseGoes();
    await worker.stop();
    expect(await run).toBe(1);
    await proxy.restore();
    const [job] = await jobsOf(queue);
    expect(job?.state).toBe('RUNNING');
  });
});
