import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomToken, sha256 } from '../lib/tokens';

/*
 * A browser without an account is told apart by a random value in a signed cookie
 * (@fastify/cookie, COOKIE_SECRET): one support per browser, one report per browser. The
 * services see only its sha256, which is what IdeaSupport.anonymousKey keeps.
 */

const MAX_AGE_SECONDS = 365 * 24 * 3600;

function cookieName(secure: boolean): string {
  return secure ? '__Host-motesplats_visitor' : 'motesplats_visitor';
}

/** The browser's key when it sent a cookie this app signed; undefined otherwise. */
export function visitorKey(app: FastifyInstance, request: FastifyRequest): string | undefined {
  const raw = request.cookies[cookieName(app.config.isProduction)];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? sha256(unsigned.value) : undefined;
}

/** The browser's key, giving it a new signed cookie first when it has none (or a forged one). */
export function ensureVisitorKey(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): string {
  const known = visitorKey(app, request);
  if (known) return known;
  const value = randomToken();
  const secure = app.config.isProduction;
  void reply.setCookie(cookieName(secure), value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    maxAge: MAX_AGE_SECONDS,
  });
  return sha256(value);
}
