import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthUser } from '../lib/actor';
import { AppError } from '../lib/errors';
import { API_TOKEN_PREFIX, randomToken, safeEqual, sha256 } from '../lib/tokens';

export type Auth =
  | { via: 'session'; user: AuthUser; sessionId: string; csrfToken: string }
  | { via: 'token'; user: AuthUser; tokenId: string };

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes to lastSeenAt / lastUsedAt at most this often, so reads stay reads. */
const TOUCH_INTERVAL_MS = 5 * 60_000;
/** How often a token's use is written to the audit log at most. */
const TOKEN_USE_AUDIT_INTERVAL_MS = 60 * 60_000;

const userSelect = { id: true, email: true, name: true, platformRole: true, locale: true } as const;

export function sessionCookieName(secure: boolean): string {
  // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and path=/.
  return secure ? '__Host-motesplats_session' : 'motesplats_session';
}

export function requireUser(request: FastifyRequest): AuthUser {
  if (!request.auth) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  return request.auth.user;
}

/** Creates a session and sets its cookie; any session the request came with ends (rotation). */
export async function startSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<{ sessionId: string; csrfToken: string }> {
  const secure = app.config.isProduction;
  const token = randomToken();
  const csrfToken = randomToken();
  const ttlMs = Math.min(app.config.SESSION_TTL_HOURS, app.config.SESSION_MAX_HOURS) * 3_600_000;
  const previous = request.cookies[sessionCookieName(secure)];
  const [, session] = await app.prisma.$transaction([
    app.prisma.session.deleteMany({ where: { tokenHash: previous ? sha256(previous) : '' } }),
    app.prisma.session.create({
      data: {
        userId,
        tokenHash: sha256(token),
        csrfToken,
        expiresAt: new Date(Date.now() + ttlMs),
        userAgent: request.headers['user-agent']?.slice(0, 400) ?? null,
        ip: request.ip,
      },
    }),
  ]);
  setSessionCookie(app, reply, token, ttlMs);
  return { sessionId: session.id, csrfToken };
}

function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string, ttlMs: number) {
  const secure = app.config.isProduction;
  void reply.setCookie(sessionCookieName(secure), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(ttlMs / 1000),
  });
}

export async function endSession(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const secure = app.config.isProduction;
  if (request.auth?.via === 'session') {
    await app.prisma.session.deleteMany({ where: { id: request.auth.sessionId } });
  }
  void reply.clearCookie(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

async function authFromSession(app: FastifyInstance, token: string, reply: FastifyReply): Promise<Auth | null> {
  const session = await app.prisma.session.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      id: true,
      csrfToken: true,
      createdAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: userSelect },
    },
  });
  const now = Date.now();
  if (!session) return null;
  // Sliding expiry: an active user stays signed in, an idle session runs out, and none
  // outlives SESSION_MAX_HOURS from its sign-in (checked here too, should the setting shrink).
  const absoluteEnd = session.createdAt.getTime() + app.config.SESSION_MAX_HOURS * 3_600_000;
  if (session.expiresAt.getTime() <= now || absoluteEnd <= now) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    const expiresAt = Math.min(now + app.config.SESSION_TTL_HOURS * 3_600_000, absoluteEnd);
    await app.prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(expiresAt) },
    });
    setSessionCookie(app, reply, token, expiresAt - now);
  }
  return { via: 'session', user: session.user, sessionId: session.id, csrfToken: session.csrfToken };
}

async function authFromToken(app: FastifyInstance, request: FastifyRequest, token: string): Promise<Auth> {
  const apiToken = await app.prisma.apiToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: userSelect } },
  });
  const now = Date.now();
  if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt.getTime() <= now)) {
    throw new AppError('UNAUTHENTICATED', 'The API token is unknown, expired or revoked');
  }
  if (!apiToken.lastUsedAt || now - apiToken.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    const touch = app.prisma.apiToken.update({ where: { id: apiToken.id }, data: { lastUsedAt: new Date(now) } });
    // A token's use is in the audit log once an hour at most: enough to see that (and from
    // where) it was used, without a write per request. Looked up only when the token is touched.
    const lastAudited = await app.prisma.auditLog.findFirst({
      where: { entityType: 'ApiToken', entityId: apiToken.id, action: 'api_token.use' },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    if (!lastAudited || now - lastAudited.createdAt.getTime() > TOKEN_USE_AUDIT_INTERVAL_MS) {
      await app.prisma.$transaction([
        touch,
        app.prisma.auditLog.create({
          data: {
            actorId: apiToken.user.id,
            action: 'api_token.use',
            entityType: 'ApiToken',
            entityId: apiToken.id,
            data: { ip: request.ip },
            requestId: String(request.id),
          },
        }),
      ]);
    } else {
      await touch;
    }
  }
  return { via: 'token', user: apiToken.user, tokenId: apiToken.id };
}

/**
 * Who is asking: a session cookie (browsers) or a Bearer API token (integrations). Writes made
 * with a cookie must echo the session's CSRF token in x-csrf-token; Bearer requests cannot be
 * forged cross-site, so they need none.
 */
export default fp(
  async function authPlugin(app: FastifyInstance) {
    // The secret signs the visitor cookie of supports without an account (modules/ideas).
    await app.register(fastifyCookie, { secret: app.config.COOKIE_SECRET });
    app.decorateRequest('auth', null);

    // What a signed-in person is answered, or a new session, is theirs alone: never kept by a
    // browser's or a proxy's cache.
    app.addHook('onSend', async (request, reply) => {
      if (request.auth || reply.hasHeader('set-cookie')) void reply.header('cache-control', 'no-store');
    });

    app.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/api/')) return;
      const header = request.headers.authorization;
      if (header !== undefined) {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match?.[1] || !match[1].startsWith(API_TOKEN_PREFIX)) {
          throw new AppError('UNAUTHENTICATED', 'Use "Authorization: Bearer <API token>"');
        }
        request.auth = await authFromToken(app, request, match[1]);
        return;
      }
      const cookie = request.cookies[sessionCookieName(app.config.isProduction)];
      if (cookie) request.auth = await authFromSession(app, cookie, reply);

      if (request.auth?.via === 'session' && UNSAFE_METHODS.has(request.method)) {
        if (request.routeOptions.config.csrf === false) return;
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, request.auth.csrfToken)) {
          throw new AppError('CSRF_TOKEN_INVALID', 'Reload the page and try again (missing or stale CSRF token)');
        }
      }
    });
  },
  { name: 'auth', dependencies: ['database'] },
);
