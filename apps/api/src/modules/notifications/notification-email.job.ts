import { NotificationPayload } from '@motesplats/contracts';
import { z } from 'zod';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import type { JobHandler } from '../../lib/jobs';
import type { Mailer } from '../../lib/mailer';
import { isSentKind, notificationLink, notificationMail } from './notification-mails';
import { digestReaders } from './notify';

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
    if (!notification || !isSentKind(notification.kind)) return;
    const payload = NotificationPayload.parse(notification.payload);
    const linkUrl = notificationLink(deps.config.PUBLIC_URL, notification.match?.id ?? null, payload);
    // Its match is gone (the user's going takes the notification with it): nothing to link to.
    if (!linkUrl) return;
    // Asked for when the job runs, not when it was queued: turning an e-mail off takes effect at once.
    const preference = await deps.prisma.notificationPreference.findUnique({
      where: { userId_kind: { userId: notification.userId, kind: notification.kind } },
      select: { email: true },
    });
    if (preference?.email === false) return;
    // The reader chose digests after this was queued: it goes into the next one instead.
    if ((await digestReaders(deps.prisma, [notification.userId])).size > 0) {
      await deps.prisma.pendingDigestNotification.createMany({
        data: [{ notificationId, userId: notification.userId }],
        skipDuplicates: true,
      });
      return;
    }

    await deps.mailer.send(
      notificationMail({
        to: notification.user.email,
        name: notification.user.name,
        locale: notification.user.locale,
        kind: notification.kind,
        payload,
        linkUrl,
        preferencesUrl: `${deps.config.PUBLIC_URL}/account#notifications`,
      }),
    );
  };
}
