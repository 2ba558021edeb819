import type { AccountExport, DeleteAccountBody, LastOwnerDetails } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import type { AuthUser } from '../../lib/actor';
import { audit } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import { verifyPassword } from '../../lib/passwords';
import type { USER_REFERENCES, UNLINKED_RECORDS } from './your-data.relations';

type RecordKey = (typeof USER_REFERENCES)[keyof typeof USER_REFERENCES]['records'] | (typeof UNLINKED_RECORDS)[number];
type Rows = Record<string, unknown>[];

/** The address an emptied account keeps: unique, and in a domain that can never receive mail (RFC 2606). */
export const deletedAccountEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/** Prisma answers BigInt (audit ids) and Decimal (readings); JSON has neither. */
function plain<T>(rows: T[]): Rows {
  return JSON.parse(
    JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
  ) as Rows;
}

const orgRef = { select: { id: true, name: true, slug: true } } as const;

export function createYourDataService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** Each kind of record that names the person, read with the columns they may see of it. */
  async function recordsOf(userId: string, email: string): Promise<Record<RecordKey, Rows>> {
    const [
      sessions,
      apiTokens,
      passwordResetRequests,
      memberships,
      invitationsSent,
      invitationsAccepted,
      organisationsVerified,
      labsLed,
      diaryPosts,
      diaryImages,
      meetingsRecorded,
      follows,
      challengesCreated,
      offeringsCreated,
      matchesProposed,
      completionsProposed,
      matchEvents,
      messages,
      ideas,
      ideasModerated,
      ideaSupports,
      comments,
      commentsHidden,
      measurementsRecorded,
      methodCasesWritten,
      notifications,
      notificationPreferences,
      emailDigestSetting,
      pendingDigestNotifications,
      auditEntries,
      emailsSent,
      commentReports,
    ] = await prisma.$transaction([
      // Never the token hashes or the CSRF token: the export may be kept anywhere.
      prisma.session.findMany({
        where: { userId },
        select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, ip: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.apiToken.findMany({
        where: { userId },
        select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.passwordResetToken.findMany({
        where: { userId },
        select: { id: true, createdAt: true, expiresAt: true, usedAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.membership.findMany({
        where: { userId },
        select: { role: true, createdAt: true, organisation: orgRef },
        orderBy: { createdAt: 'asc' },
      }),
      // The invited address is the invitee's, not the inviter's: left out.
      prisma.invitation.findMany({
        where: { invitedById: userId },
        select: { id: true, role: true, createdAt: true, acceptedAt: true, revokedAt: true, organisation: orgRef },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.invitation.findMany({
        where: { acceptedById: userId },
        select: { id: true, email: true, role: true, acceptedAt: true, organisation: orgRef },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.organisation.findMany({
        where: { verifiedById: userId },
        select: { id: true, name: true, slug: true, verification: true, verifiedAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.lab.findMany({ where: { processLeaderId: userId }, select: { id: true, name: true, slug: true } }),
      prisma.diaryPost.findMany({
        where: { authorId: userId },
        select: {
          id: true,
          labId: true,
          title: true,
          body: true,
          postedOn: true,
          publishedAt: true,
          imageId: true,
          imageAlt: true,
          createdAt: true,
          updatedAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
      // The image's bytes are served by their own address; the export names them.
      prisma.diaryImage.findMany({
        where: { uploadedById: userId },
        select: { id: true, labId: true, contentType: true, size: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.meeting.findMany({
        where: { recordedById: userId },
        select: {
          id: true,
          labId: true,
          heldOn: true,
          place: true,
          participants: true,
          summary: true,
          createdAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.follow.findMany({
        where: { userId },
        select: { kind: true, targetId: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.challenge.findMany({
        where: { createdById: userId },
        select: { id: true, title: true, status: true, organisationId: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.offering.findMany({
        where: { createdById: userId },
        select: { id: true, title: true, status: true, organisationId: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.match.findMany({
        where: { proposedById: userId },
        select: { id: true, challengeId: true, offeringId: true, note: true, state: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.match.findMany({
        where: { completionProposedById: userId },
        select: { id: true, outcomeSummary: true, completionProposedAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.matchEvent.findMany({
        where: { actorId: userId },
        select: { id: true, matchId: true, action: true, fromState: true, toState: true, note: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.message.findMany({
        where: { authorId: userId },
        select: { id: true, matchId: true, organisationId: true, body: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.idea.findMany({
        where: { authorId: userId },
        select: {
          id: true,
          labId: true,
          title: true,
          body: true,
          authorName: true,
          contactEmail: true,
          status: true,
          createdAt: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.idea.findMany({
        where: { moderatedById: userId },
        select: { id: true, title: true, status: true, moderationReason: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.ideaSupport.findMany({
        where: { userId },
        select: { ideaId: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.comment.findMany({
        where: { authorId: userId },
        select: { id: true, ideaId: true, body: true, hiddenAt: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.comment.findMany({
        where: { hiddenById: userId },
        select: { id: true, ideaId: true, hiddenAt: true, hiddenReason: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.measurement.findMany({
        where: { recordedById: userId },
        select: {
          id: true,
          indicatorId: true,
          measuredOn: true,
          value: true,
          count: true,
          groupSize: true,
          note: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.methodCase.findMany({
        where: { createdById: userId },
        select: { id: true, methodId: true, matchId: true, labId: true, summary: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.notification.findMany({
        where: { userId },
        select: { id: true, kind: true, matchId: true, payload: true, readAt: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.notificationPreference.findMany({ where: { userId }, select: { kind: true, email: true } }),
      prisma.emailDigestSetting.findMany({ where: { userId }, select: { frequency: true, lastDigestAt: true } }),
      prisma.pendingDigestNotification.findMany({
        where: { userId },
        select: { notificationId: true, createdAt: true },
      }),
      prisma.auditLog.findMany({
        where: { OR: [{ actorId: userId }, { entityType: 'User', entityId: userId }] },
        select: {
          id: true,
          action: true,
          entityType: true,
          entityId: true,
          organisationId: true,
          data: true,
          createdAt: true,
        },
        orderBy: { id: 'asc' },
      }),
      // Subjects only: a body may hold a single-use link (a password reset) that still works.
      prisma.outboundEmail.findMany({
        where: { to: email },
        select: { id: true, subject: true, createdAt: true, sentAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      prisma.commentReport.findMany({
        where: { reporterKey: `user:${userId}` },
        select: { commentId: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
    ]);
    return {
      sessions: plain(sessions),
      apiTokens: plain(apiTokens),
      passwordResetRequests: plain(passwordResetRequests),
      memberships: plain(memberships),
      invitationsSent: plain(invitationsSent),
      invitationsAccepted: plain(invitationsAccepted),
      organisationsVerified: plain(organisationsVerified),
      labsLed: plain(labsLed),
      diaryPosts: plain(diaryPosts),
      diaryImages: plain(diaryImages),
      meetingsRecorded: plain(meetingsRecorded),
      follows: plain(follows),
      challengesCreated: plain(challengesCreated),
      offeringsCreated: plain(offeringsCreated),
      matchesProposed: plain(matchesProposed),
      completionsProposed: plain(completionsProposed),
      matchEvents: plain(matchEvents),
      messages: plain(messages),
      ideas: plain(ideas),
      ideasModerated: plain(ideasModerated),
      ideaSupports: plain(ideaSupports),
      comments: plain(comments),
      commentsHidden: plain(commentsHidden),
      measurementsRecorded: plain(measurementsRecorded),
      methodCasesWritten: plain(methodCasesWritten),
      notifications: plain(notifications),
      notificationPreferences: plain(notificationPreferences),
      emailDigestSetting: plain(emailDigestSetting),
      pendingDigestNotifications: plain(pendingDigestNotifications),
      auditEntries: plain(auditEntries),
      emailsSent: plain(emailsSent),
      commentReports: plain(commentReports),
    };
  }

  /**
   * The organisations the person is the last owner of. One with anyone or anything else in it
   * (members, pending invitations, labs, lab partnerships, challenges, offerings, messages)
   * blocks the deletion; one with nothing but them goes with the account.
   */
  async function lastOwnerships(tx: Prisma.TransactionClient, userId: string) {
    const owned = await tx.membership.findMany({
      where: { userId, role: 'OWNER' },
      select: { organisationId: true },
      orderBy: { organisationId: 'asc' },
    });
    const blocking: LastOwnerDetails['organisations'] = [];
    const empty: string[] = [];
    for (const { organisationId } of owned) {
      // Locked (in id order) as every membership change locks it, so a hand-over in flight waits.
      await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE "id" = ${organisationId}::uuid FOR UPDATE`;
      const otherOwners = await tx.membership.count({
        where: { organisationId, role: 'OWNER', userId: { not: userId } },
      });
      if (otherOwners > 0) continue;
      const organisation = await tx.organisation.findUniqueOrThrow({
        where: { id: organisationId },
        select: {
          id: true,
          name: true,
          slug: true,
          _count: {
            select: {
              memberships: true,
              invitations: { where: { acceptedAt: null, revokedAt: null } },
              labs: true,
              labPartners: true,
              challenges: true,
              offerings: true,
              messages: true,
            },
          },
        },
      });
      const { memberships, ...content } = organisation._count;
      if (memberships > 1 || Object.values(content).some((n) => n > 0)) {
        blocking.push({ id: organisation.id, name: organisation.name, slug: organisation.slug });
      } else {
        empty.push(organisation.id);
      }
    }
    return { blocking, empty };
  }

  return {
    async exportFor(user: AuthUser): Promise<AccountExport> {
      const account = await prisma.user.findUniqueOrThrow({
        where: { id: user.id },
        select: {
          id: true,
          email: true,
          name: true,
          platformRole: true,
          locale: true,
          createdAt: true,
          updatedAt: true,
        },
      });
      return {
        format: 'motesplats-account-export/1',
        exportedAt: new Date().toISOString(),
        account: { ...account, createdAt: account.createdAt.toISOString(), updatedAt: account.updatedAt.toISOString() },
        records: await recordsOf(account.id, account.email),
      };
    },

    /**
     * Deletes the account: its personal data goes, its sessions and tokens end, what the person
     * wrote stays with an emptied account shown as a former member. All in one transaction.
     */
    async deleteAccount(user: AuthUser, body: DeleteAccountBody, requestId: string): Promise<void> {
      const current = await prisma.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { passwordHash: true, email: true },
      });
      if (!(await verifyPassword(current.passwordHash, body.password))) {
        throw new AppError('VALIDATION_FAILED', 'The password is wrong', {
          part: 'body',
          issues: [{ path: ['password'], message: 'The password is wrong', code: 'wrong_password' }],
        });
      }
      const email = current.email;
      await prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${user.id}::uuid FOR UPDATE`;
        const { blocking, empty } = await lastOwnerships(tx, user.id);
        if (blocking.length > 0) {
          const details: LastOwnerDetails = { organisations: blocking };
          throw new AppError(
            'LAST_OWNER',
            `You are the last owner of ${blocking.map((o) => o.name).join(', ')}. Make someone else an owner first.`,
            details,
          );
        }
        const counts: Record<string, number> = {};
        const count = async (key: string, result: Promise<{ count: number }> | Promise<number>) => {
          const value = await result;
          counts[key] = typeof value === 'number' ? value : value.count;
        };
        await count('sessions', tx.session.deleteMany({ where: { userId: user.id } }));
        await count('apiTokens', tx.apiToken.deleteMany({ where: { userId: user.id } }));
        await count('passwordResetTokens', tx.passwordResetToken.deleteMany({ where: { userId: user.id } }));
        await count('memberships', tx.membership.deleteMany({ where: { userId: user.id } }));
        await count('follows', tx.follow.deleteMany({ where: { userId: user.id } }));
        await count('pendingDigest', tx.pendingDigestNotification.deleteMany({ where: { userId: user.id } }));
        await count('notifications', tx.notification.deleteMany({ where: { userId: user.id } }));
        await count('notificationPreferences', tx.notificationPreference.deleteMany({ where: { userId: user.id } }));
        await count('emailDigestSetting', tx.emailDigestSetting.deleteMany({ where: { userId: user.id } }));
        await count(
          'labsLed',
          tx.lab.updateMany({ where: { processLeaderId: user.id }, data: { processLeaderId: null } }),
        );
        // The name and address given with an idea were theirs; the idea itself stays.
        await count(
          'ideas',
          tx.idea.updateMany({ where: { authorId: user.id }, data: { authorName: null, contactEmail: null } }),
        );
        await count(
          'invitationsAccepted',
          tx.invitation.updateMany({ where: { acceptedById: user.id }, data: { email: deletedAccountEmail(user.id) } }),
        );
        await count('emails', tx.outboundEmail.deleteMany({ where: { to: email } }));
        // Jobs that carry the address (a reset e-mail asked for); one running now finds no account.
        await count(
          'jobs',
          tx.job.deleteMany({ where: { state: { not: 'RUNNING' }, payload: { path: ['email'], equals: email } } }),
        );
        // An organisation of theirs alone, with nothing in it: no one is left to act for it.
        for (const organisationId of empty) {
          await tx.organisation.delete({ where: { id: organisationId } });
          await audit(tx, {
            actorId: user.id,
            action: 'organisation.delete_with_account',
            entityType: 'Organisation',
            entityId: organisationId,
            requestId,
          });
        }
        counts.organisationsDeleted = empty.length;
        await tx.user.update({
          where: { id: user.id },
          data: {
            email: deletedAccountEmail(user.id),
            name: '',
            // Matches no password (verifyPassword answers false for what is not a hash).
            passwordHash: '',
            platformRole: 'USER',
            deletedAt: new Date(),
          },
        });
        // No personal data: the id of the emptied row and how many records of each kind went.
        await audit(tx, {
          actorId: user.id,
          action: 'user.delete',
          entityType: 'User',
          entityId: user.id,
          requestId,
          data: counts,
        });
      });
    },
  };
}
