import { EmailFrequency, NotificationPayload } from '@motesplats/contracts';
import { z } from 'zod';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import type { NotificationKind } from '../../generated/prisma/client';
import { enqueueJob, type JobHandler } from '../../lib/jobs';
import type { Mailer } from '../../lib/mailer';
import { digestMail, isSentKind, notificationLink } from './notification-mails';

/** The periodic run that gathers what waits for digests (queued hourly, see notifications.routes.ts). */
export const NOTIFICATION_DIGESTS_QUEUE = 'notification-digests';
/** One reader's digest e-mail. */
export const NOTIFICATION_DIGEST_EMAIL_QUEUE = 'notification-digest-email';
/** As for single notification e-mails: about two hours of retries with the default backoff. */
const EMAIL_ATTEMPTS = 8;

const DigestEmailJob = z.object({
  userId: z.uuid(),
  notificationIds: z.array(z.uuid()).min(1),
  frequency: EmailFrequency,
});

/**
 * Gathers, for every reader whose digest is due at `now`, the notifications waiting for it into
 * one e-mail job. A reader's rows are deleted in the transaction that queues their e-mail, so
 * each notification goes into exactly one digest (a second run at the same time finds them
 * gone), and none is lost: rows stay until a digest takes them. Due: a daily reader's last
 * digest went at least a day ago, a weekly one's a week, counted in whole hours so the hourly
 * run keeps the digest at the same hour; leftovers of a reader who switched back to IMMEDIATE
 * go at once. An empty digest is not queued. Returns how many were queued.
 */
export async function gatherDigests(prisma: PrismaClient, now: Date): Promise<number> {
  // Uses "PendingDigestNotification_userId_createdAt_idx" and the setting's primary key.
  const due = await prisma.$queryRaw<{ userId: string; frequency: EmailFrequency }[]>`
    SELECT p."userId" AS "userId", COALESCE(s."frequency", 'IMMEDIATE') AS frequency
    FROM "PendingDigestNotification" p
    LEFT JOIN "EmailDigestSetting" s ON s."userId" = p."userId"
    WHERE p."createdAt" <= ${now}
      AND (s."frequency" IS NULL OR s."frequency" = 'IMMEDIATE' OR s."lastDigestAt" IS NULL
           OR date_trunc('hour', s."lastDigestAt") <= date_trunc('hour', ${now}::timestamptz)
              - (CASE s."frequency" WHEN 'WEEKLY' THEN 7 ELSE 1 END) * interval '1 day')
    GROUP BY p."userId", s."frequency"`;

  let queued = 0;
  for (const { userId, frequency } of due) {
    queued += await prisma.$transaction(async (tx) => {
      const taken = await tx.$queryRaw<{ notificationId: string; kind: NotificationKind }[]>`
        DELETE FROM "PendingDigestNotification" p USING "Notification" n
        WHERE p."userId" = ${userId}::uuid AND p."createdAt" <= ${now} AND n."id" = p."notificationId"
        RETURNING p."notificationId" AS "notificationId", n."kind" AS kind`;
      // A kind turned off since it was gathered is not e-mailed, as with single e-mails.
      const off = new Set(
        (await tx.notificationPreference.findMany({ where: { userId, email: false }, select: { kind: true } })).map(
          (p) => p.kind,
        ),
      );
      const ids = taken.filter((row) => isSentKind(row.kind) && !off.has(row.kind)).map((row) => row.notificationId);
      if (ids.length === 0) return 0;
      await tx.emailDigestSetting.updateMany({ where: { userId }, data: { lastDigestAt: now } });
      await enqueueJob(tx, {
        queue: NOTIFICATION_DIGEST_EMAIL_QUEUE,
        payload: { userId, notificationIds: ids, frequency },
        dedupeKey: `${NOTIFICATION_DIGEST_EMAIL_QUEUE}:${userId}:${now.toISOString()}`,
        maxAttempts: EMAIL_ATTEMPTS,
      });
      return 1;
    });
  }
  return queued;
}

/** The worker's side of NOTIFICATION_DIGESTS_QUEUE: gathers what is due when it runs. */
export function createDigestGatheringHandler(deps: { prisma: PrismaClient }): JobHandler {
  return async () => {
    await gatherDigests(deps.prisma, new Date());
  };
}

/** Sends one digest: the notifications that still exist (a deleted match takes its own along). */
export function createDigestEmailHandler(deps: {
  prisma: PrismaClient;
  mailer: Mailer;
  config: Pick<Config, 'PUBLIC_URL'>;
}): JobHandler {
  return async (job) => {
    const { userId, notificationIds, frequency } = DigestEmailJob.parse(job.payload);
    const [user, notifications] = await Promise.all([
      deps.prisma.user.findUnique({ where: { id: userId }, select: { email: true, name: true, locale: true } }),
      deps.prisma.notification.findMany({
        where: { id: { in: notificationIds }, userId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { kind: true, matchId: true, payload: true },
      }),
    ]);
    if (!user) return;
    const items = notifications.flatMap((n) => {
      if (!isSentKind(n.kind)) return [];
      const payload = NotificationPayload.parse(n.payload);
      const linkUrl = notificationLink(deps.config.PUBLIC_URL, n.matchId, payload);
      return linkUrl ? [{ kind: n.kind, payload, linkUrl }] : [];
    });
    if (items.length === 0) return;
    await deps.mailer.send(
      digestMail({
        to: user.email,
        name: user.name,
        locale: user.locale,
        frequency,
        items,
        preferencesUrl: `${deps.config.PUBLIC_URL}/account#notifications`,
      }),
    );
  };
}
