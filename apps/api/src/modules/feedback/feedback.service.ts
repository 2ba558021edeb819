import type { Feedback, FeedbackList, ListFeedbackQuery, SendFeedbackBody, SentFeedback } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { AuthUser } from '../../lib/actor';
import { isAdmin } from '../../lib/actor';
import { AppError, forbidden } from '../../lib/errors';
import { FEEDBACK_PER_HOUR, FEEDBACK_RECEIPTS_PER_ADDRESS, type Limiters } from '../../lib/limits';
import { sha256 } from '../../lib/tokens';
import { queueFeedbackEmails } from './feedback.jobs';

function feedbackOf(row: {
  id: string;
  topic: Feedback['topic'];
  message: string;
  page: string;
  name: string | null;
  email: string | null;
  locale: Feedback['locale'];
  createdAt: Date;
}): Feedback {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

export function createFeedbackService(deps: { prisma: PrismaClient; limits: Limiters }) {
  const { prisma, limits } = deps;
  return {
    /** Stores the message and queues the e-mails to the administrators and, with an address, the receipt. */
    async send(body: SendFeedbackBody): Promise<SentFeedback> {
      await limits.consume('feedback:all', FEEDBACK_PER_HOUR, {
        message: 'Many messages have arrived in the last hour; try again later',
      });
      // Past its daily receipts an address still reaches the administrators, only unanswered.
      const receipt =
        body.email !== null &&
        (await limits
          .consume(`feedback-receipt:${sha256(body.email.toLowerCase())}`, FEEDBACK_RECEIPTS_PER_ADDRESS)
          .then(
            () => true,
            (error: unknown) => {
              if (error instanceof AppError && error.code === 'RATE_LIMITED') return false;
              throw error;
            },
          ));
      const created = await prisma.$transaction(async (tx) => {
        const row = await tx.feedback.create({
          data: {
            topic: body.topic,
            message: body.message,
            page: body.page,
            name: body.name,
            email: body.email,
            locale: body.locale,
          },
          select: { id: true, createdAt: true },
        });
        await queueFeedbackEmails(tx, row.id, { receipt });
        return row;
      });
      return { id: created.id, createdAt: created.createdAt.toISOString(), acknowledgedByEmail: receipt };
    },

    async list(viewer: AuthUser, query: ListFeedbackQuery): Promise<FeedbackList> {
      if (!isAdmin(viewer)) throw forbidden('Only administrators read the feedback');
      const where = query.topic ? { topic: query.topic } : {};
      const [rows, total] = await Promise.all([
        prisma.feedback.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          skip: (query.page - 1) * query.pageSize,
          take: query.pageSize,
        }),
        prisma.feedback.count({ where }),
      ]);
      return { items: rows.map(feedbackOf), total, page: query.page, pageSize: query.pageSize };
    },
  };
}
