import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A secret for a cookie, link or API token: 256 bits, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as this hash, so a database leak does not hand out sessions. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Personal API tokens start with this, so the auth plugin tells them from other Bearer values. */
export const API_TOKEN_PREFIX = 'mp_';
