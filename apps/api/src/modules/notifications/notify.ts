import type { NotificationKind, NotificationPayload } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import type { FollowNotice, MatchNotice, Notifier } from '../../lib/collaborators';
import { enqueueJob } from '../../lib/jobs';
import { isSentKind } from './notification-mails';

export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';
/** With the default JOB_RETRY_BASE_MS of a minute, the last try is about two hours after the first. */
const EMAIL_ATTEMPTS = 8;

/** What the services that change matches and organisations receive. */
export function createNotifier(): Notifier {
  return {
    matchChanged: notifyMatchParties,
    organisationVerified: notifyOrganisationVerified,
    organisationRejected: (tx, { reason, ...notice }) =>
      notifyOrganisationMembers(tx, { ...notice, kind: 'ORGANISATION_REJECTED', excerpt: reason }),
    matchWaiting: remindWaitingSide,
    followersOf: notifyFollowers,
  };
}

/** Everyone who follows the target, except whoever made the news (Follow_kind_targetId_idx). */
export async function notifyFollowers(tx: Prisma.TransactionClient, notice: FollowNotice): Promise<void> {
  const follows = await tx.follow.findMany({
    where: {
      kind: notice.target.kind,
      targetId: notice.target.id,
      ...(notice.insidersOf
        ? {
            user: {
              OR: [
                { platformRole: { in: ['CURATOR', 'ADMIN'] } },
                { memberships: { some: { organisationId: notice.insidersOf } } },
              ],
            },
          }
        : {}),
    },
    select: { userId: true },
  });
  const userIds = follows.map((f) => f.userId).filter((id) => id !== notice.actorId);
  await notifyUsers(tx, { userIds, kind: notice.kind, matchId: null, payload: notice.payload });
}

/**
 * Tells everyone on a match what just happened, in the transaction that made it happen: one
 * in-app notification per member of both organisations and, for a curator's proposal, the
 * proposing curator; plus an e-mail job for each recipient who wants this kind by e-mail.
 */
export async function notifyMatchParties(tx: Prisma.TransactionClient, notice: MatchNotice): Promise<void> {
  const match = await tx.match.findUniqueOrThrow({
    where: { id: notice.matchId },
    select: {
      proposedById: true,
      origin: true,
      challenge: { select: { title: true, organisationId: true } },
      offering: { select: { title: true, organisationId: true } },
    },
  });
  const members = await tx.membership.findMany({
    where: { organisationId: { in: [match.challenge.organisationId, match.offering.organisationId] } },
    select: { userId: true },
  });
  const recipients = new Set(members.map((m) => m.userId));
  if (match.origin === 'CURATOR_PROPOSAL' && match.proposedById) recipients.add(match.proposedById);
  if (notice.actorId) recipients.delete(notice.actorId);
  if (recipients.size === 0) return;

  const actor = notice.actorId
    ? await tx.user.findUnique({
        where: { id: notice.actorId },
        select: {
          name: true,
          memberships: {
            where: { organisationId: { in: [match.challenge.organisationId, match.offering.organisationId] } },
            select: { organisation: { select: { name: true } } },
            take: 1,
          },
        },
      })
    : null;
  const payload: NotificationPayload = {
    challengeTitle: match.challenge.title,
    offeringTitle: match.offering.title,
    ...(actor ? { actorName: actor.name } : {}),
    ...(actor?.memberships[0] ? { organisationName: actor.memberships[0].organisation.name } : {}),
    ...(notice.excerpt ? { excerpt: notice.excerpt.slice(0, 200) } : {}),
  };

  await notifyUsers(tx, { userIds: [...recipients], kind: notice.kind, matchId: notice.matchId, payload });
}

/**
 * The organisation's members learn that a curator verified or rejected it (with the reason), in
 * the transaction that did.
 */
export async function notifyOrganisationMembers(
  tx: Prisma.TransactionClient,
  notice: {
    organisationId: string;
    actorId: string;
    kind: 'ORGANISATION_VERIFIED' | 'ORGANISATION_REJECTED';
    excerpt?: string;
  },
): Promise<void> {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: notice.organisationId },
    select: { name: true, memberships: { select: { userId: true } } },
  });
  const actor = await tx.user.findUnique({ where: { id: notice.actorId }, select: { name: true } });
  await notifyUsers(tx, {
    userIds: organisation.memberships.map((m) => m.userId).filter((id) => id !== notice.actorId),
    kind: notice.kind,
    matchId: null,
    payload: {
      organisationId: notice.organisationId,
      organisationName: organisation.name,
      ...(actor ? { actorName: actor.name } : {}),
      ...(notice.excerpt ? { excerpt: notice.excerpt.slice(0, 1000) } : {}),
    },
  });
}

export function notifyOrganisationVerified(
  tx: Prisma.TransactionClient,
  notice: { organisationId: string; actorId: string },
): Promise<void> {
  return notifyOrganisationMembers(tx, { ...notice, kind: 'ORGANISATION_VERIFIED' });
}

/** The members of the side a match waits for are reminded of it (match-reminders.ts decides when). */
export async function remindWaitingSide(
  tx: Prisma.TransactionClient,
  notice: { matchId: string; organisationId: string },
): Promise<void> {
  const match = await tx.match.findUniqueOrThrow({
    where: { id: notice.matchId },
    select: { challenge: { select: { title: true } }, offering: { select: { title: true } } },
  });
  const members = await tx.membership.findMany({
    where: { organisationId: notice.organisationId },
    select: { userId: true },
  });
  await notifyUsers(tx, {
    userIds: members.map((m) => m.userId),
    kind: 'MATCH_WAITING_REMINDER',
    matchId: notice.matchId,
    payload: { challengeTitle: match.challenge.title, offeringTitle: match.offering.title },
  });
}

/**
 * One in-app notification per user; for each who wants this kind by e-mail, an e-mail job, or,
 * for a reader who gets e-mail gathered (daily or weekly), a place in their next digest.
 */
async function notifyUsers(
  tx: Prisma.TransactionClient,
  notice: { userIds: string[]; kind: NotificationKind; matchId: string | null; payload: NotificationPayload },
): Promise<void> {
  const { userIds, kind, matchId, payload } = notice;
  if (userIds.length === 0) return;
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({ userId, kind, matchId, payload })),
    select: { id: true, userId: true },
  });
  if (!isSentKind(kind)) return;
  // E-mail is on unless the user turned this kind off.
  const optedOut = new Set(
    (
      await tx.notificationPreference.findMany({
        where: { userId: { in: userIds }, kind, email: false },
        select: { userId: true },
      })
    ).map((p) => p.userId),
  );
  const gathered = await digestReaders(tx, userIds);
  const wanted = created.filter((notification) => !optedOut.has(notification.userId));
  const forDigest = wanted.filter((notification) => gathered.has(notification.userId));
  if (forDigest.length > 0) {
    await tx.pendingDigestNotification.createMany({
      data: forDigest.map((n) => ({ notificationId: n.id, userId: n.userId })),
    });
  }
  for (const notification of wanted) {
    if (gathered.has(notification.userId)) continue;
    await enqueueJob(tx, {
      queue: NOTIFICATION_EMAIL_QUEUE,
      payload: { notificationId: notification.id },
      dedupeKey: `${NOTIFICATION_EMAIL_QUEUE}:${notification.id}`,
      maxAttempts: EMAIL_ATTEMPTS,
    });
  }
}

/** Those of the users who get their e-mail gathered into a daily or weekly digest. */
export async function digestReaders(
  db: Pick<Prisma.TransactionClient, 'emailDigestSetting'>,
  userIds: string[],
): Promise<Set<string>> {
  const rows = await db.emailDigestSetting.findMany({
    where: { userId: { in: userIds }, frequency: { not: 'IMMEDIATE' } },
    select: { userId: true },
  });
  return new Set(rows.map((row) => row.userId));
}
