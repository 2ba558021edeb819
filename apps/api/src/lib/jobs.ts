import type { Prisma } from '../generated/prisma/client';

type Db = Pick<Prisma.TransactionClient, '$executeRaw'>;

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
  await db.$executeRaw`
    INSERT INTO "Job" (queue, payload, "dedupeKey", "runAt", "maxAttempts")
    VALUES (${job.queue}, ${JSON.stringify(job.payload)}::jsonb, ${job.dedupeKey},
            ${job.runAt ?? new Date()}, ${job.maxAttempts ?? 5})
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
