import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createJobRunner, deleteCompletedJobs, enqueueJob, type JobRunner } from '../lib/jobs';

const KEEP_COMPLETED_DAYS = 30;
/** How often a worker checks that this hour's run of each hourly queue is queued. */
const HOURLY_CHECK_MS = 10 * 60_000;
const CLEAN_UP_INTERVAL_MS = 3_600_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** Modules register their queues' handlers here; runDue() works the queue once. */
    jobs: JobRunner;
  }
}

/**
 * The background job worker. Every process has the runner (so modules can register handlers
 * and anything may call runDue); with JOB_WORKER it also polls, from the moment the app is
 * ready, when every module has registered its handlers.
 */
export default fp(
  async function jobsPlugin(app: FastifyInstance) {
    const workerId = `${hostname().slice(0, 60)}:${process.pid}:${randomBytes(4).toString('hex')}`;
    const log = app.log.child({ workerId });
    const runner = createJobRunner({
      prisma: app.prisma,
      logger: log,
      workerId,
      retryBaseMs: app.config.JOB_RETRY_BASE_MS,
    });
    app.decorate('jobs', runner);

    let timer: NodeJS.Timeout | undefined;
    let closing = false;
    let stopped: Promise<void> | undefined;
    // On close the worker claims nothing more at once (preClose), while the server drains its
    // requests, and running jobs finish in the meantime; onClose waits for them, before the
    // mailer and the database (registered earlier) close theirs.
    app.addHook('preClose', async () => {
      closing = true;
      clearTimeout(timer);
      stopped = runner.stop();
    });
    app.addHook('onClose', async () => {
      await (stopped ?? runner.stop());
    });
    if (!app.config.JOB_WORKER) return;

    const poll = async () => {
      try {
        await runner.runDue();
      } catch (error) {
        log.warn({ err: error }, `job queue unreachable; next try in ${app.config.JOB_POLL_INTERVAL_MS} ms`);
      }
      if (!closing) timer = setTimeout(() => void poll(), app.config.JOB_POLL_INTERVAL_MS);
    };
    const cleanUp = async () => {
      try {
        const deleted = await deleteCompletedJobs(app.prisma, KEEP_COMPLETED_DAYS);
        log.debug({ deleted }, 'old completed jobs deleted');
      } catch (error) {
        log.warn({ err: error }, 'could not delete old completed jobs; next try in an hour');
      }
    };
    const cleanUpTimer = setInterval(() => void cleanUp(), CLEAN_UP_INTERVAL_MS);
    cleanUpTimer.unref();
    app.addHook('onClose', async () => clearInterval(cleanUpTimer));
    app.addHook('onReady', async () => {
      void poll();
    });
  },
  { name: 'jobs', dependencies: ['database', 'mailer'] },
);

/**
 * Periodic work through the job queue: in a worker process, queues one job on `queue` per UTC
 * hour, keyed by the hour, so however many workers check (at start and every ten minutes), the
 * work runs once an hour, with the queue's retries. The handler decides what is due.
 */
export function queueHourly(app: FastifyInstance, queue: string): void {
  if (!app.config.JOB_WORKER) return;
  const check = async () => {
    try {
      const hour = new Date().toISOString().slice(0, 13);
      await enqueueJob(app.prisma, { queue, payload: {}, dedupeKey: `${queue}:${hour}` });
    } catch (error) {
      app.log.warn({ err: error, queue }, 'could not queue the hourly job; next try in ten minutes');
    }
  };
  const timer = setInterval(() => void check(), HOURLY_CHECK_MS);
  timer.unref();
  app.addHook('onReady', async () => {
    void check();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
