import type { Prisma } from '../generated/prisma/client';
import { AppError } from './errors';

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

export interface RateLimitWindow {
  max: number;
  windowSeconds: number;
}

export interface CountedRequest {
  count: number;
  resetAt: Date;
}

/**
 * Counts one request under `key` in a fixed window kept in PostgreSQL ("RateLimitBucket"), so
 * every API process counts the same requests; one statement, so concurrent requests each count.
 */
export async function countRequest(db: Db, key: string, windowSeconds: number): Promise<CountedRequest | undefined> {
  const rows = await db.$queryRaw<CountedRequest[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now()
                       THEN now() + make_interval(secs => ${windowSeconds})
                       ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  return rows[0];
}

export function rateLimited(
  bucket: CountedRequest,
  message = 'Too many attempts; wait a moment and try again',
): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((bucket.resetAt.getTime() - Date.now()) / 1000));
  return new AppError('RATE_LIMITED', message, { retryAfterSeconds });
}

/** Counts the request and refuses it (429 RATE_LIMITED) once the window holds more than `max`. */
export async function enforceRateLimit(db: Db, key: string, limit: RateLimitWindow, message?: string): Promise<void> {
  const bucket = await countRequest(db, key, limit.windowSeconds);
  if (bucket && bucket.count > limit.max) throw rateLimited(bucket, message);
}
