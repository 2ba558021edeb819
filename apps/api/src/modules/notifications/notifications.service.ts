import {
  NotificationPayload,
  SENT_NOTIFICATION_KINDS,
  type EmailPreferences,
  type ListNotificationsQuery,
  type Notification,
  type NotificationList,
  type UpdateEmailPreferencesBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { audit } from '../../lib/audit';
import { notFound } from '../../lib/errors';

type NotificationRow = Prisma.NotificationGetPayload<{
  select: { id: true; kind: true; matchId: true; payload: true; readAt: true; createdAt: true };
}>;

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    matchId: row.matchId,
    // Written by notifyMatchParties from the same schema; an unknown key is dropped, not shown.
    payload: NotificationPayload.parse(row.payload),
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Everything here acts on the signed-in reader's own notifications only. */
export function createNotificationsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  // Uses the index on Notification (userId, readAt, createdAt).
  const countUnread = (userId: string) => prisma.notification.count({ where: { userId, readAt: null } });

  async function preferences(userId: string): Promise<EmailPreferences> {
    const rows = await prisma.notificationPreference.findMany({
      where: { userId },
      select: { kind: true, email: true },
    });
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    const setting = await prisma.emailDigestSetting.findUnique({ where: { userId }, select: { frequency: true } });
    return {
      items: SENT_NOTIFICATION_KINDS.map((kind) => ({ kind, email: chosen.get(kind) ?? true })),
      frequency: setting?.frequency ?? 'IMMEDIATE',
    };
  }

  return {
    async list(userId: string, query: ListNotificationsQuery): Promise<NotificationList> {
      const where: Prisma.NotificationWhereInput = { userId, ...(query.unread ? { readAt: null } : {}) };
      const [rows, total, unread] = await Promise.all([
        prisma.notification.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          skip: (query.page - 1) * query.pageSize,
          take: query.pageSize,
          select: { id: true, kind: true, matchId: true, payload: true, readAt: true, createdAt: true },
        }),
        prisma.notification.count({ where }),
        countUnread(userId),
      ]);
      return { items: rows.map(toNotification), total, page: query.page, pageSize: query.pageSize, unread };
    },

    async unreadCount(userId: string) {
      return { unread: await countUnread(userId) };
    },

    /** Someone else's notification is answered as missing: its existence does not leak. */
    async markRead(userId: string, id: string): Promise<void> {
      const updated = await prisma.notification.updateMany({
        where: { id, userId, readAt: null },
        data: { readAt: new Date() },
      });
      if (updated.count === 0 && (await prisma.notification.count({ where: { id, userId } })) === 0) {
        throw notFound('Notification');
      }
    },

    async markAllRead(userId: string, matchId?: string): Promise<void> {
      await prisma.notification.updateMany({
        where: { userId, readAt: null, ...(matchId ? { matchId } : {}) },
        data: { readAt: new Date() },
      });
    },

    preferences,

    async updatePreferences(
      userId: string,
      body: UpdateEmailPreferencesBody,
      requestId: string,
    ): Promise<EmailPreferences> {
      // A kind listed twice counts once, as its last entry says.
      const changes = new Map((body.items ?? []).map((item) => [item.kind, item.email]));
      await prisma.$transaction(async (tx) => {
        if (body.frequency) {
          // Notifications already waiting for a digest go with the next run, even after a switch
          // back to IMMEDIATE (the digest job sends those at once).
          await tx.emailDigestSetting.upsert({
            where: { userId },
            create: { userId, frequency: body.frequency },
            update: { frequency: body.frequency },
          });
        }
        for (const [kind, email] of changes) {
          await tx.notificationPreference.upsert({
            where: { userId_kind: { userId, kind } },
            create: { userId, kind, email },
            update: { email },
          });
        }
        await audit(tx, {
          actorId: userId,
          action: 'user.notification_preferences',
          entityType: 'User',
          entityId: userId,
          data: { ...Object.fromEntries(changes), ...(body.frequency ? { frequency: body.frequency } : {}) },
          requestId,
        });
      });
      return preferences(userId);
    },
  };
}
