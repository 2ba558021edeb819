import { z } from 'zod';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { enqueueJob, MAIL_ATTEMPTS, type JobHandler } from '../../lib/jobs';
import type { Mailer } from '../../lib/mailer';
import { feedbackReceiptMail, feedbackToAdminMail } from './feedback.mails';

/** One job tells the administrators, another answers the sender: a retry of one never repeats the other. */
export const FEEDBACK_ADMIN_EMAIL_QUEUE = 'feedback-admin-email';
export const FEEDBACK_RECEIPT_EMAIL_QUEUE = 'feedback-receipt-email';
export const FEEDBACK_PURGE_QUEUE = 'feedback-purge';

/**
 * Feedback (with the sender's name and address) is deleted this long after it arrived: time
 * enough to handle a report and to see in next year's accessibility review what was reported.
 */
export const FEEDBACK_KEPT_DAYS = 365;

const FeedbackJob = z.object({ feedbackId: z.uuid() });

/** Queued in the transaction that stores the feedback. */
export async function queueFeedbackEmails(
  tx: Pick<Prisma.TransactionClient, '$executeRaw'>,
  feedbackId: string,
  options: { receipt: boolean },
): Promise<void> {
  const queues = options.receipt
    ? [FEEDBACK_ADMIN_EMAIL_QUEUE, FEEDBACK_RECEIPT_EMAIL_QUEUE]
    : [FEEDBACK_ADMIN_EMAIL_QUEUE];
  for (const queue of queues) {
    await enqueueJob(tx, {
      queue,
      payload: { feedbackId },
      dedupeKey: `${queue}:${feedbackId}`,
      maxAttempts: MAIL_ATTEMPTS,
    });
  }
}

const feedbackSelect = {
  topic: true,
  message: true,
  page: true,
  name: true,
  email: true,
  locale: true,
  createdAt: true,
} as const;

/** Every administrator, each in their own language. */
export function createFeedbackAdminEmailHandler(deps: {
  prisma: PrismaClient;
  mailer: Mailer;
  config: Pick<Config, 'PUBLIC_URL'>;
}): JobHandler {
  return async (job) => {
    const { feedbackId } = FeedbackJob.parse(job.payload);
    const feedback = await deps.prisma.feedback.findUnique({ where: { id: feedbackId }, select: feedbackSelect });
    if (!feedback) return;
    const admins = await deps.prisma.user.findMany({
      where: { platformRole: 'ADMIN' },
      select: { email: true, locale: true },
      orderBy: { createdAt: 'asc' },
    });
    const listUrl = `${deps.config.PUBLIC_URL}/feedback`;
    for (const admin of admins) {
      await deps.mailer.send(feedbackToAdminMail(admin.email, admin.locale, feedback, listUrl));
    }
  };
}

export function createFeedbackReceiptEmailHandler(deps: { prisma: PrismaClient; mailer: Mailer }): JobHandler {
  return async (job) => {
    const { feedbackId } = FeedbackJob.parse(job.payload);
    const feedback = await deps.prisma.feedback.findUnique({ where: { id: feedbackId }, select: feedbackSelect });
    if (!feedback?.email) return;
    await deps.mailer.send(feedbackReceiptMail(feedback.email, feedback.locale, feedback));
  };
}

/** Hourly (plugins/jobs.ts, queueHourly): deletes feedback older than FEEDBACK_KEPT_DAYS. */
export function createFeedbackPurgeHandler(deps: { prisma: PrismaClient }): JobHandler {
  return async () => {
    await deps.prisma.$executeRaw`
      DELETE FROM "Feedback" WHERE "createdAt" < now() - ${FEEDBACK_KEPT_DAYS}::double precision * interval '1 day'`;
  };
}
