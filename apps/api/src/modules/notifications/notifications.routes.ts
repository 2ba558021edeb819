import {
  EmailPreferences,
  IdParams,
  ListNotificationsQuery,
  NotificationList,
  ReadAllNotificationsQuery,
  UnreadCount,
  UpdateEmailPreferencesBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors, NoContent } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { queueHourly } from '../../plugins/jobs';
import {
  createDigestEmailHandler,
  createDigestGatheringHandler,
  NOTIFICATION_DIGEST_EMAIL_QUEUE,
  NOTIFICATION_DIGESTS_QUEUE,
} from './notification-digest.job';
import { createNotificationEmailHandler } from './notification-email.job';
import { createNotificationsService } from './notifications.service';
import { NOTIFICATION_EMAIL_QUEUE } from './notify';

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const notifications = createNotificationsService({ prisma: app.prisma });
  app.jobs.handle(
    NOTIFICATION_EMAIL_QUEUE,
    createNotificationEmailHandler({ prisma: app.prisma, mailer: app.mailer, config: app.config }),
  );
  app.jobs.handle(NOTIFICATION_DIGESTS_QUEUE, createDigestGatheringHandler({ prisma: app.prisma }));
  app.jobs.handle(
    NOTIFICATION_DIGEST_EMAIL_QUEUE,
    createDigestEmailHandler({ prisma: app.prisma, mailer: app.mailer, config: app.config }),
  );
  queueHourly(app, NOTIFICATION_DIGESTS_QUEUE);
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'Your notifications, newest first, with your unread count',
        querystring: ListNotificationsQuery,
        response: { 200: NotificationList, ...errors },
      },
    },
    async (request) => notifications.list(requireUser(request).id, request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of your notifications are unread (for the bell)',
        response: { 200: UnreadCount, ...errors },
      },
    },
    async (request) => notifications.unreadCount(requireUser(request).id),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all your notifications read, or all of one match',
        querystring: ReadAllNotificationsQuery,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await notifications.markAllRead(requireUser(request).id, request.query.matchId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of your notifications read',
        params: IdParams,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await notifications.markRead(requireUser(request).id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Which notifications also come to you by e-mail',
        response: { 200: EmailPreferences, ...errors },
      },
    },
    async (request) => notifications.preferences(requireUser(request).id),
  );

  app.put(
    '/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Turn e-mail on or off for the kinds listed; the others stay as they were',
        body: UpdateEmailPreferencesBody,
        response: { 200: EmailPreferences, ...errors },
      },
    },
    async (request) => notifications.updatePreferences(requireUser(request).id, request.body, String(request.id)),
  );
};
