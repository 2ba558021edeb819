import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import type { PrismaClient } from '../db/prisma';
import type { Prisma } from '../generated/prisma/client';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

/** E-mail jobs are tried this often; with the default backoff that spans about two hours. */
export const MAIL_ATTEMPTS = 8;

export interface NewJob {
  queue: string;
  payload: Prisma.InputJsonValue;
  /** The same key is enqueued once, ever: a retried request cannot queue a second e-mail. */
  dedupeKey: string;
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * Queues background work in the caller's transaction, so the job exists exactly when the
 * change that caused it was committed. The worker (plugins/jobs.ts) claims it later.
 */
export async function enqueueJob(db: Db, job: NewJob): Promise<void> {
  // The database's clock, not this process's, decides when a job is due (see claimDueJobs).
  await db.$executeRaw`
    INSERT INTO "Job" (queue, payload, "dedupeKey", "runAt", "maxAttempts")
    VALUES (${job.queue}, ${JSON.stringify(job.payload)}::jsonb, ${job.dedupeKey},
            COALESCE(${job.runAt ?? null}::timestamptz, now()), ${job.maxAttempts ?? 5})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

/**
 * Completed jobs are kept for a while to see what ran, then deleted so the table stays small.
 * Their dedupe keys become free again, which matters to no one: every key names a one-time
 * cause (a notification, an item's version, a match's state, a day), long past after 30 days.
 * Failed jobs stay for someone to read.
 */
export async function deleteCompletedJobs(db: Db, olderThanDays: number): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "Job"
    WHERE state = 'COMPLETED' AND "finishedAt" < now() - ${olderThanDays}::double precision * interval '1 day'`;
}

export interface ClaimedJob {
  id: string;
  queue: string;
  payload: Prisma.JsonValue;
  /** Including this one. */
  attempts: number;
  maxAttempts: number;
}

/** Runs one job; throwing makes it a failed attempt (retried with backoff until maxAttempts). */
export type JobHandler = (job: ClaimedJob) => Promise<void>;

export interface JobRunnerOptions {
  prisma: PrismaClient;
  logger: FastifyBaseLogger;
  /** Unique per process (and per app instance): recorded in Job.lockedBy. */
  workerId: string;
  /** The first retry waits about this long; each further one twice as long. */
  retryBaseMs: number;
  retryMaxMs?: number;
  /** Jobs claimed and run at once by this worker. */
  concurrency?: number;
  /**
   * A RUNNING job whose lock is older than this belongs to a worker that died; another
   * worker takes it back. A live worker renews its locks well within this time.
   */
  lockTimeoutMs?: number;
}

export interface JobRunner {
  readonly workerId: string;
  /** Only queues with a handler in this process are claimed by it. */
  handle(queue: string, handler: JobHandler): void;
  /**
   * Runs the jobs that are due now, batch by batch, until none is left. A job that fails here
   * waits for its backoff, so it is not retried within the same call. Returns how many ran.
   */
  runDue(): Promise<number>;
  /** Claims nothing more and waits for the jobs that are running. */
  stop(): Promise<void>;
}

const DEFAULT_RETRY_MAX_MS = 3_600_000;
/** While the database is away, how often the outcome of a finished job is tried again, at first and at most. */
const RECORD_RETRY_FIRST_MS = 500;
const RECORD_RETRY_MAX_MS = 10_000;
const DEFAULT_LOCK_TIMEOUT_MS = 5 * 60_000;
const MAX_ERROR_LENGTH = 2_000;

/** Exponential, capped, with up to 10 % added so that jobs failed together do not retry together. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (1 + 0.1 * random()));
}

/**
 * The worker over the "Job" table. Every step is one statement that holds its row locks only
 * for that statement, so any number of processes can run workers on one database: SKIP LOCKED
 * lets each claim different rows, and state + lockedBy in every later WHERE make sure only the
 * holder of a job can finish it.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { prisma, logger, workerId, retryBaseMs } = options;
  const retryMaxMs = options.retryMaxMs ?? DEFAULT_RETRY_MAX_MS;
  const concurrency = options.concurrency ?? 5;
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const handlers = new Map<string, JobHandler>();
  const inFlight = new Set<Promise<number>>();
  let stopping = false;
  const stopped = new AbortController();

  async function reclaimAbandoned(queues: string[]): Promise<void> {
    // The lost attempt counts: a job that kills its worker every time still ends FAILED.
    const reclaimed = await prisma.$executeRaw`
      UPDATE "Job"
      SET state = (CASE WHEN attempts >= "maxAttempts" THEN 'FAILED' ELSE 'PENDING' END)::"JobState",
          "finishedAt" = CASE WHEN attempts >= "maxAttempts" THEN now() END,
          "runAt" = now(),
          "lockedAt" = NULL,
          "lockedBy" = NULL,
          "lastError" = 'the worker ' || COALESCE("lockedBy", '?') || ' stopped renewing its lock'
      WHERE state = 'RUNNING'
        AND queue = ANY(${queues})
        AND "lockedAt" < now() - ${lockTimeoutMs}::double precision * interval '1 millisecond'`;
    if (reclaimed > 0) logger.warn({ reclaimed }, 'jobs of a stopped worker taken back');
  }

  // Uses the index on (state, queue, runAt).
  async function claimDueJobs(queues: string[], dueBy: Date | null): Promise<(ClaimedJob & { claimedAt: Date })[]> {
    return prisma.$queryRaw<(ClaimedJob & { claimedAt: Date })[]>`
      UPDATE "Job"
      SET state = 'RUNNING', "lockedAt" = now(), "lockedBy" = ${workerId}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM "Job"
        WHERE state = 'PENDING'
          AND queue = ANY(${queues})
          AND "runAt" <= COALESCE(${dueBy}::timestamptz, now())
        ORDER BY "runAt"
        LIMIT ${concurrency}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, queue, payload, attempts, "maxAttempts", now() AS "claimedAt"`;
  }

  async function renewLocks(ids: string[]): Promise<void> {
    await prisma.$executeRaw`
      UPDATE "Job" SET "lockedAt" = now()
      WHERE id = ANY(${ids}::uuid[]) AND state = 'RUNNING' AND "lockedBy" = ${workerId}`;
  }

  async function complete(job: ClaimedJob): Promise<boolean> {
    const updated = await prisma.$executeRaw`
      UPDATE "Job"
      SET state = 'COMPLETED', "finishedAt" = now(), "lockedAt" = NULL, "lockedBy" = NULL
      WHERE id = ${job.id}::uuid AND state = 'RUNNING' AND "lockedBy" = ${workerId}`;
    return updated === 1;
  }

  async function fail(job: ClaimedJob, error: unknown): Promise<boolean> {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    const delayMs = retryDelayMs(job.attempts, retryBaseMs, retryMaxMs);
    const updated = await prisma.$executeRaw`
      UPDATE "Job"
      SET state = (CASE WHEN attempts >= "maxAttempts" THEN 'FAILED' ELSE 'PENDING' END)::"JobState",
          "finishedAt" = CASE WHEN attempts >= "maxAttempts" THEN now() END,
          "runAt" = CASE WHEN attempts >= "maxAttempts" THEN "runAt"
                         ELSE now() + ${delayMs}::double precision * interval '1 millisecond' END,
          "lastError" = ${message},
          "lockedAt" = NULL,
          "lockedBy" = NULL
      WHERE id = ${job.id}::uuid AND state = 'RUNNING' AND "lockedBy" = ${workerId}`;
    return updated === 1;
  }

  async function runOne(job: ClaimedJob): Promise<void> {
    const log = logger.child({ jobId: job.id, queue: job.queue, attempt: job.attempts });
    const handler = handlers.get(job.queue);
    let error: unknown;
    let failed = false;
    try {
      if (!handler) throw new Error(`no handler for queue ${job.queue}`);
      await handler(job);
    } catch (thrown) {
      failed = true;
      error = thrown;
    }
    let recorded: boolean;
    try {
      recorded = await record(() => (failed ? fail(job, error) : complete(job)), log);
    } catch (dbError) {
      // The job stays RUNNING under this worker's name, its lock runs out, another worker takes it back.
      log.error({ err: dbError, jobError: error }, 'could not record how the job ended');
      return;
    }
    if (!recorded) log.error('job finished after its lock was taken back; another worker may have run it too');
    else if (failed && job.attempts >= job.maxAttempts) log.error({ err: error }, 'job failed for the last time');
    else if (failed) log.warn({ err: error }, 'job failed; it will be retried');
    else log.debug('job completed');
  }

  /**
   * Records how a job ended, trying again while the database is away: the work is done (an
   * e-mail sent), and recording it when the database returns saves doing it a second time
   * after the lock runs out. Gives up when the runner stops or the lock would have run out.
   */
  async function record(write: () => Promise<boolean>, log: FastifyBaseLogger): Promise<boolean> {
    const giveUpAt = Date.now() + lockTimeoutMs;
    for (let delay = RECORD_RETRY_FIRST_MS; ; delay = Math.min(delay * 2, RECORD_RETRY_MAX_MS)) {
      try {
        return await write();
      } catch (error) {
        if (!isDatabaseUnavailable(error) || stopping || Date.now() + delay > giveUpAt) throw error;
        log.warn({ err: error }, `database unavailable; recording how the job ended again in ${delay} ms`);
        await sleep(delay, undefined, { signal: stopped.signal }).catch(() => undefined);
      }
    }
  }

  async function runDueBatches(): Promise<number> {
    const queues = [...handlers.keys()];
    if (queues.length === 0) return 0;
    await reclaimAbandoned(queues);
    let ran = 0;
    // Jobs that become due while this call runs (retries among them) wait for the next call.
    let dueBy: Date | null = null;
    while (!stopping) {
      const batch = await claimDueJobs(queues, dueBy);
      if (batch.length === 0) break;
      dueBy ??= batch[0]!.claimedAt;
      const ids = batch.map((job) => job.id);
      const renewal = setInterval(() => {
        renewLocks(ids).catch((error: unknown) => logger.warn({ err: error }, 'could not renew job locks'));
      }, lockTimeoutMs / 3);
      try {
        await Promise.all(batch.map((job) => runOne(job)));
      } finally {
        clearInterval(renewal);
      }
      ran += batch.length;
    }
    return ran;
  }

  return {
    workerId,
    handle(queue, handler) {
      if (handlers.has(queue)) throw new Error(`queue ${queue} already has a handler`);
      handlers.set(queue, handler);
    },
    async runDue() {
      if (stopping) return 0;
      const run = runDueBatches();
      inFlight.add(run);
      try {
        return await run;
      } finally {
        inFlight.delete(run);
      }
    },
    async stop() {
      stopping = true;
      stopped.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}
