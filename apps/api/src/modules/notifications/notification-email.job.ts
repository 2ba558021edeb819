import { NotificationPayload } from '@motesplats/contracts';
import { z } from 'zod';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import type { JobHandler } from '../../lib/jobs';
import type { Mailer } from '../../lib/mailer';
import { isSentKind, notificationMail } from './notification-mails';

const NotificationEmailJob = z.object({ notificationId: z.uuid() });

/**
 * E-mails one in-app notification to its reader. Sending happens outside any transaction: the
 * job runner marks the job COMPLETED right after this returns (see docs/architecture.md,
 * "Background jobs", for the one window in which a crash could send it twice).
 */
export function createNotificationEmailHandler(deps: {
  prisma: PrismaClient;
  mailer: Mailer;
  config: Pick<Config, 'PUBLIC_URL'>;
}): JobHandler {
  return async (job) => {
    const { notificationId } = NotificationEmailJob.parse(job.payload);
    const notification = await deps.prisma.notification.findUnique({
      where: { id: notificationId },
      select: {
        userId: true,
        kind: true,
        payload: true,
        match: { select: { id: true } },
        user: { select: { email: true, name: true, locale: true } },
      },
    });
    // Gone with its user or its match: there is no one left to tell, or nothing to link to.
    if (!notification?.match || !isSentKind(notification.kind)) return;
    // Asked for when the job runs, not when it was queued: turning an e-mail off takes effect at once.
    const preference = await deps.prisma.notificationPreference.findUnique({
      where: { userId_kind: { userId: notification.userId, kind: notification.kind } },
      select: { email: true },
    });
    if (preference?.email === false) return;

    await deps.mailer.send(
      notificationMail({
        to: notification.user.email,
        name: notification.user.name,
        locale: notification.user.locale,
        kind: notification.kind,
        payload: NotificationPayload.parse(notification.payload),
        matchUrl: `${deps.config.PUBLIC_URL}/matches/${notification.match.id}`,
        preferencesUrl: `${deps.config.PUBLIC_URL}/account#notifications`,
      }),
    );
  };
}
