import {
  FeedbackList,
  ListFeedbackQuery,
  RetentionPeriods,
  SendFeedbackBody,
  SentFeedback,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { queueHourly } from '../../plugins/jobs';
import {
  createFeedbackAdminEmailHandler,
  createFeedbackPurgeHandler,
  createFeedbackReceiptEmailHandler,
  FEEDBACK_ADMIN_EMAIL_QUEUE,
  FEEDBACK_KEPT_DAYS,
  FEEDBACK_PURGE_QUEUE,
  FEEDBACK_RECEIPT_EMAIL_QUEUE,
} from './feedback.jobs';
import { createFeedbackService } from './feedback.service';

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const feedback = createFeedbackService({ prisma: app.prisma, limits: app.limits });
  const tags = ['feedback'];

  app.jobs.handle(
    FEEDBACK_ADMIN_EMAIL_QUEUE,
    createFeedbackAdminEmailHandler({ prisma: app.prisma, mailer: app.mailer, config: app.config }),
  );
  app.jobs.handle(
    FEEDBACK_RECEIPT_EMAIL_QUEUE,
    createFeedbackReceiptEmailHandler({ prisma: app.prisma, mailer: app.mailer }),
  );
  app.jobs.handle(FEEDBACK_PURGE_QUEUE, createFeedbackPurgeHandler({ prisma: app.prisma }));
  queueHourly(app, FEEDBACK_PURGE_QUEUE);

  app.post(
    '/feedback',
    {
      // Anyone may write, with or without an account: counted per address like residents' ideas.
      config: { rateLimit: { max: app.config.IDEA_RATE_LIMIT, windowSeconds: 60 } },
      schema: {
        tags,
        summary: 'Tell the administrators of an accessibility problem, a personal-data question or anything else',
        body: SendFeedbackBody,
        response: { 201: SentFeedback, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await feedback.send(request.body)),
  );

  app.get(
    '/feedback',
    {
      schema: {
        tags,
        summary: 'The feedback received, newest first (administrators only)',
        querystring: ListFeedbackQuery,
        response: { 200: FeedbackList, ...errors },
      },
    },
    async (request) => feedback.list(requireUser(request), request.query),
  );

  app.get(
    '/privacy/retention',
    {
      schema: {
        tags: ['privacy'],
        summary: 'How long personal data is kept, as this server is configured',
        response: { 200: RetentionPeriods, ...errors },
      },
    },
    async () => ({
      sessionIdleHours: app.config.SESSION_TTL_HOURS,
      sessionMaxHours: app.config.SESSION_MAX_HOURS,
      ideaContactDays: app.config.IDEA_CONTACT_RETENTION_DAYS,
      feedbackDays: FEEDBACK_KEPT_DAYS,
    }),
  );
};
