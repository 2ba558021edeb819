import type {
  ApiTokenInfo,
  ChangePasswordBody,
  CreateApiTokenBody,
  CreatedApiToken,
  Me,
  PageQuery,
  RegisterBody,
  SessionInfo,
  UpdateMeBody,
} from '@motesplats/contracts';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import { audit } from '../../lib/audit';
import { enqueueJob, MAIL_ATTEMPTS } from '../../lib/jobs';
import { MAX_ACTIVE_API_TOKENS } from '../../lib/limits';
import { AppError, notFound } from '../../lib/errors';
import type { Mailer } from '../../lib/mailer';
import { randomToken, sha256 } from '../../lib/tokens';
import type { AuthUser } from '../../lib/actor';
import { API_TOKEN_PREFIX } from '../../lib/tokens';
import { passwordResetMail } from './auth.mails';
import { assertUncommonPassword } from '../../lib/common-passwords';
import { hashPassword, verifyPassword } from '../../lib/passwords';

const RESET_TOKEN_TTL_MS = 60 * 60_000;
export const PASSWORD_RESET_QUEUE = 'password-reset-email';

/** Compared against when the address is unknown, so a wrong e-mail costs as long as a wrong password. */
const UNKNOWN_USER_HASH = hashPassword(randomToken());

const membershipInclude = {
  memberships: {
    orderBy: { createdAt: 'asc' },
    select: {
      role: true,
      organisation: { select: { id: true, name: true, slug: true, kind: true, verification: true } },
    },
  },
} as const;

function tokenInfo(token: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}): ApiTokenInfo {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

export function createAuthService(deps: { prisma: PrismaClient; mailer: Mailer; config: Config }) {
  const { prisma, mailer, config } = deps;

  async function me(userId: string, csrfToken: string | null): Promise<Me> {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: membershipInclude });
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        platformRole: user.platformRole,
        locale: user.locale,
        createdAt: user.createdAt.toISOString(),
      },
      memberships: user.memberships,
      csrfToken,
    };
  }

  return {
    me,

    async register(body: RegisterBody, requestId: string): Promise<{ id: string }> {
      const existing = await prisma.user.findUnique({ where: { email: body.email }, select: { id: true } });
      assertUncommonPassword(body.password, 'password');
      if (existing) throw new AppError('EMAIL_TAKEN', 'An account with this e-mail address already exists');
      const passwordHash = await hashPassword(body.password);
      try {
        return await prisma.$transaction(async (tx) => {
          const user = await tx.user.create({
            data: { email: body.email, name: body.name, passwordHash, locale: body.locale ?? 'sv' },
            select: { id: true },
          });
          await audit(tx, {
            actorId: user.id,
            action: 'user.register',
            entityType: 'User',
            entityId: user.id,
            requestId,
          });
          return user;
        });
      } catch (error) {
        // Two registrations of one address at once: the unique index lets one through.
        if ((error as { code?: string }).code === 'P2002') {
          throw new AppError('EMAIL_TAKEN', 'An account with this e-mail address already exists');
        }
        throw error;
      }
    },

    /**
     * Every sign-in, and every failed one, leaves a row in the audit log with the client's
     * address: a failure against an existing account under that account, one against an
     * unknown address under "unknown" (the address itself is not kept).
     */
    async authenticate(email: string, password: string, context: { ip: string; requestId: string }) {
      const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
      const ok = await verifyPassword(user?.passwordHash ?? (await UNKNOWN_USER_HASH), password);
      await audit(prisma, {
        actorId: user && ok ? user.id : null,
        action: user && ok ? 'user.sign_in' : 'user.sign_in_failed',
        entityType: 'User',
        entityId: user?.id ?? 'unknown',
        data: { ip: context.ip },
        requestId: context.requestId,
      });
      if (!user || !ok) throw new AppError('INVALID_CREDENTIALS', 'The e-mail address or password is wrong');
      return { id: user.id };
    },

    async updateMe(user: AuthUser, body: UpdateMeBody): Promise<void> {
      await prisma.user.update({
        where: { id: user.id },
        data: { ...(body.name ? { name: body.name } : {}), ...(body.locale ? { locale: body.locale } : {}) },
      });
    },

    /**
     * A new password signs out every other session and revokes every API token: someone else may
     * have known the old one and made a token with it.
     */
    async changePassword(user: AuthUser, body: ChangePasswordBody, keepSessionId: string | null, requestId: string) {
      const current = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
      if (!(await verifyPassword(current.passwordHash, body.currentPassword))) {
        throw new AppError('VALIDATION_FAILED', 'The current password is wrong', {
          part: 'body',
          issues: [{ path: ['currentPassword'], message: 'The current password is wrong', code: 'wrong_password' }],
        });
      }
      assertUncommonPassword(body.newPassword, 'newPassword');
      const passwordHash = await hashPassword(body.newPassword);
      await prisma.$transaction([
        prisma.user.update({ where: { id: user.id }, data: { passwordHash } }),
        prisma.session.deleteMany({
          where: { userId: user.id, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
        }),
        prisma.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } }),
        prisma.auditLog.create({
          data: { actorId: user.id, action: 'user.password_change', entityType: 'User', entityId: user.id, requestId },
        }),
      ]);
    },

    /** "Sign out everywhere": every other session ends and every API token is revoked. */
    async endOtherSessionsAndTokens(user: AuthUser, keepSessionId: string | null, requestId: string) {
      return prisma.$transaction(async (tx) => {
        const sessions = await tx.session.deleteMany({
          where: { userId: user.id, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
        });
        const tokens = await tx.apiToken.updateMany({
          where: { userId: user.id, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        await audit(tx, {
          actorId: user.id,
          action: 'user.sign_out_everywhere',
          entityType: 'User',
          entityId: user.id,
          requestId,
          data: { sessions: sessions.count, tokens: tokens.count },
        });
        return { sessionsEnded: sessions.count, tokensRevoked: tokens.count };
      });
    },

    /**
     * Queues the reset whatever the address: the answer, and the time it takes, say nothing
     * about whether an account exists, and a mail server that is down delays the e-mail (the
     * job is retried) instead of failing the request.
     */
    async requestPasswordReset(email: string, requestId: string): Promise<void> {
      await enqueueJob(prisma, {
        queue: PASSWORD_RESET_QUEUE,
        payload: { email },
        dedupeKey: `password-reset:${requestId}`,
        maxAttempts: MAIL_ATTEMPTS,
      });
    },

    /**
     * The job: a token is made only now, so the link exists nowhere but in the e-mail. A retry
     * after a failed send makes a new one; the earlier, never-sent one expires unused.
     */
    async sendPasswordReset(email: string): Promise<void> {
      const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true } });
      if (!user) return;
      const token = randomToken();
      await prisma.passwordResetToken.create({
        data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
      });
      const link = `${config.PUBLIC_URL}/reset-password?token=${encodeURIComponent(token)}`;
      await mailer.send(passwordResetMail(user.email, user.locale, link, RESET_TOKEN_TTL_MS / 3_600_000));
    },

    async resetPassword(token: string, password: string, requestId: string): Promise<void> {
      assertUncommonPassword(password, 'password');
      const passwordHash = await hashPassword(password);
      await prisma.$transaction(async (tx) => {
        const found = await tx.passwordResetToken.findUnique({ where: { tokenHash: sha256(token) } });
        // Marking the token used only while it is unused makes it single-use even under a race.
        const claimed = found
          ? await tx.passwordResetToken.updateMany({
              where: { id: found.id, usedAt: null, expiresAt: { gt: new Date() } },
              data: { usedAt: new Date() },
            })
          : { count: 0 };
        if (!found || claimed.count !== 1) {
          throw new AppError('TOKEN_INVALID', 'The link has expired or has already been used; ask for a new one');
        }
        await tx.user.update({ where: { id: found.userId }, data: { passwordHash } });
        await tx.session.deleteMany({ where: { userId: found.userId } });
        await tx.apiToken.updateMany({
          where: { userId: found.userId, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        await tx.passwordResetToken.updateMany({
          where: { userId: found.userId, usedAt: null },
          data: { usedAt: new Date() },
        });
        await audit(tx, {
          actorId: found.userId,
          action: 'user.password_reset',
          entityType: 'User',
          entityId: found.userId,
          requestId,
        });
      });
    },

    async listSessions(user: AuthUser, currentSessionId: string | null, page: PageQuery) {
      const where = { userId: user.id, expiresAt: { gt: new Date() } };
      const [sessions, total] = await prisma.$transaction([
        prisma.session.findMany({
          where,
          orderBy: [{ lastSeenAt: 'desc' }, { id: 'asc' }],
          skip: (page.page - 1) * page.pageSize,
          take: page.pageSize,
        }),
        prisma.session.count({ where }),
      ]);
      const items: SessionInfo[] = sessions.map((s) => ({
        id: s.id,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        userAgent: s.userAgent,
        current: s.id === currentSessionId,
      }));
      return { items, total, ...page };
    },

    async revokeSession(user: AuthUser, sessionId: string): Promise<void> {
      const { count } = await prisma.session.deleteMany({ where: { id: sessionId, userId: user.id } });
      if (count === 0) throw notFound('The session');
    },

    async listApiTokens(user: AuthUser, page: PageQuery) {
      const where = { userId: user.id };
      const [tokens, total] = await prisma.$transaction([
        prisma.apiToken.findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
          skip: (page.page - 1) * page.pageSize,
          take: page.pageSize,
        }),
        prisma.apiToken.count({ where }),
      ]);
      return { items: tokens.map(tokenInfo), total, ...page };
    },

    async createApiToken(user: AuthUser, body: CreateApiTokenBody, requestId: string): Promise<CreatedApiToken> {
      const token = `${API_TOKEN_PREFIX}${randomToken()}`;
      const created = await prisma.$transaction(async (tx) => {
        // The user's row, locked, keeps two concurrent creations from both passing the count.
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${user.id}::uuid FOR UPDATE`;
        const active = await tx.apiToken.count({
          where: { userId: user.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
        });
        if (active >= MAX_ACTIVE_API_TOKENS) {
          throw new AppError('QUOTA_EXCEEDED', `You already have ${active} active API tokens; revoke one first`, {
            max: MAX_ACTIVE_API_TOKENS,
          });
        }
        const row = await tx.apiToken.create({
          data: {
            userId: user.id,
            name: body.name,
            prefix: token.slice(0, 10),
            tokenHash: sha256(token),
            expiresAt: body.expiresInDays ? new Date(Date.now() + body.expiresInDays * 86_400_000) : null,
          },
        });
        await audit(tx, {
          actorId: user.id,
          action: 'api_token.create',
          entityType: 'ApiToken',
          entityId: row.id,
          requestId,
        });
        return row;
      });
      return { ...tokenInfo(created), token };
    },

    async revokeApiToken(user: AuthUser, tokenId: string, requestId: string): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.apiToken.updateMany({
          where: { id: tokenId, userId: user.id, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        if (count === 0) throw notFound('The API token');
        await audit(tx, {
          actorId: user.id,
          action: 'api_token.revoke',
          entityType: 'ApiToken',
          entityId: tokenId,
          requestId,
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
