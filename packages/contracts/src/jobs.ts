import { z } from 'zod';
import { Timestamp } from './common';
import { pageOf, PageQuery } from './paging';

/**
 * Background work (mostly e-mail) that failed every attempt: the dead letters administrators
 * look at. The payload stays on the server: it may hold addresses and tokens.
 */
export const FailedJob = z.object({
  id: z.uuid(),
  queue: z.string(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type FailedJob = z.infer<typeof FailedJob>;

export const FailedJobList = pageOf(FailedJob).extend({
  /** Failed jobs per queue, for the summary above the list. */
  queues: z.array(z.object({ queue: z.string(), count: z.number().int() })),
});
export type FailedJobList = z.infer<typeof FailedJobList>;

export const FailedJobsQuery = PageQuery.extend({ queue: z.string().max(60).optional() });
export type FailedJobsQuery = z.infer<typeof FailedJobsQuery>;

/** The answer to "try again": the job waits for the worker with a fresh set of attempts. */
export const RetriedJob = z.object({ id: z.uuid(), state: z.literal('PENDING') });
export type RetriedJob = z.infer<typeof RetriedJob>;
