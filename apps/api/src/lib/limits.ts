import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import type { PrismaClient } from '../db/prisma';
import { AppError } from './errors';

const DAY = 86_400;

/**
 * How much one account (or one organisation) may create per day: enough for a busy housing
 * company's real work, too little to use the platform for spam (each of these can reach other
 * people, or e-mail them). Publishable kinds are named by their noun ("challenge"); a kind not
 * listed gets DEFAULT_QUOTA.
 */
export const QUOTAS = {
  organisation: { per: 'user', points: 5, durationSeconds: DAY },
  lab: { per: 'user', points: 10, durationSeconds: DAY },
  challenge: { per: 'user', points: 50, durationSeconds: DAY },
  offering: { per: 'user', points: 50, durationSeconds: DAY },
  invitation: { per: 'organisation', points: 30, durationSeconds: DAY },
  apiToken: { per: 'user', points: 20, durationSeconds: DAY },
  match: { per: 'user', points: 100, durationSeconds: DAY },
  message: { per: 'user', points: 500, durationSeconds: DAY },
} as const satisfies Record<string, Quota>;

export interface Quota {
  per: 'user' | 'organisation';
  points: number;
  durationSeconds: number;
}

export const DEFAULT_QUOTA: Quota = { per: 'user', points: 50, durationSeconds: DAY };

/**
 * Feedback to the administrators (modules/feedback) needs no account: besides the per-address
 * limit on its route, all senders together may send this many an hour, so a flood cannot bury
 * the administrators' inboxes, and one address receives at most this many acknowledgements a
 * day, so the form cannot be used to mail someone who never wrote.
 */
export const FEEDBACK_PER_HOUR = { points: 120, durationSeconds: 3600 };
export const FEEDBACK_RECEIPTS_PER_ADDRESS = { points: 5, durationSeconds: DAY };

/** Active API tokens one account may hold at once. */
export const MAX_ACTIVE_API_TOKENS = 25;

/** Failed sign-ins to one account before it waits SIGN_IN_BLOCK_SECONDS, whoever tries. */
export const SIGN_IN_FAILURES = { points: 10, durationSeconds: 15 * 60 };

export function quotaFor(name: string): Quota {
  return (QUOTAS as Record<string, Quota>)[name] ?? DEFAULT_QUOTA;
}

export interface Limiters {
  /**
   * Counts one use against `limit` for `key`; throws RATE_LIMITED (429, with retryAfterSeconds)
   * once the window's points are used up. `onCount` receives what is left, for headers.
   */
  consume(
    key: string,
    limit: { points: number; durationSeconds: number },
    options?: { onCount?: (remaining: number) => void; message?: string },
  ): Promise<void>;
  /** Throws RATE_LIMITED while `key` has used up its window, without counting a use. */
  check(key: string, limit: { points: number; durationSeconds: number }): Promise<void>;
  reset(key: string): Promise<void>;
}

function limited(msBeforeNext: number, message: string): AppError {
  return new AppError('RATE_LIMITED', message, { retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) });
}

/**
 * rate-limiter-flexible over the `RateLimit` table, so every API process counts the same uses.
 * One limiter per distinct limit; the key names what is limited (route and address, quota and
 * account). Expired rows are deleted by the maintenance sweep, not by the library's own timer.
 */
export function createLimiters(prisma: PrismaClient): Limiters {
  const limiters = new Map<string, RateLimiterPrisma>();
  const limiterFor = ({ points, durationSeconds }: { points: number; durationSeconds: number }) => {
    const id = `${points}/${durationSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterPrisma({
        storeClient: prisma,
        tableName: 'rateLimit',
        points,
        duration: durationSeconds,
        clearExpiredByTimeout: false,
      } as ConstructorParameters<typeof RateLimiterPrisma>[0]);
      limiters.set(id, limiter);
    }
    return limiter;
  };

  return {
    async consume(key, limit, options = {}) {
      try {
        const result = await limiterFor(limit).consume(key);
        options.onCount?.(result.remainingPoints);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        options.onCount?.(0);
        throw limited(error.msBeforeNext, options.message ?? 'Too many attempts; wait a moment and try again');
      }
    },
    async check(key, limit) {
      const state = await limiterFor(limit).get(key);
      if (state && state.consumedPoints >= limit.points) {
        throw limited(state.msBeforeNext, 'Too many attempts; wait a moment and try again');
      }
    },
    async reset(key) {
      await limiterFor(SIGN_IN_FAILURES).delete(key);
    },
  };
}
