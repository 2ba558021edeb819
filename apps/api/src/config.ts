import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';

/** proxy-addr's names for the usual proxy networks. */
const PROXY_NETWORK_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Which proxies may tell the client's address in X-Forwarded-For: their addresses, networks or
 * proxy-addr's network names. "true" (believe any sender of the header) is refused: anyone could
 * then claim any address and escape the rate limits. So is a hop count, which Fastify does not
 * check against the connecting peer.
 */
const trustedProxies = z
  .string()
  .trim()
  .transform((value, context): false | string[] => {
    if (/^(false|no|0)$/i.test(value)) return false;
    const entries = value.split(',').map((entry) => entry.trim());
    const valid = entries.every((entry) => {
      if (PROXY_NETWORK_NAMES.has(entry)) return true;
      const [address = '', prefix, extra] = entry.split('/');
      const family = isIP(address);
      if (!family || extra !== undefined) return false;
      return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
    });
    if (!valid) {
      context.addIssue({
        code: 'custom',
        message:
          'must name the proxies: their addresses or networks, comma-separated (10.0.0.5,172.16.0.0/12), or loopback, linklocal, uniquelocal',
      });
      return z.NEVER;
    }
    return entries;
  });

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** The one description of the environment; everything else receives the parsed result. */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    /** Public address of the app, used in e-mailed links. Defaults to http://localhost:PORT. */
    PUBLIC_URL: z.url().optional(),
    /** An external PostgreSQL; without it an embedded server runs with its data in DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    /** Connections each process keeps to PostgreSQL at most. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
    /**
     * How long a query waits for a connection: a new one (an unreachable server) or a free one
     * (every connection busy). Past it the request is answered 503.
     */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** PostgreSQL's statement_timeout for every statement the app runs; past it the request is answered 503. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
    /** Defaults to true outside production: the demo accounts share a published password. */
    LOAD_DEMO_DATA: bool.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 14),
    /** A session ends this long after sign-in however active it is, so a stolen cookie does not live forever. */
    SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .default(24 * 30),
    /** Serve the API's OpenAPI document and its browser at /api/docs; unset: outside production only. */
    API_DOCS: bool.optional(),
    /** Requests per minute per client address on the sign-in, register and reset routes. */
    AUTH_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
    /**
     * Requests per minute per client address, per route, on the writes that notify other people
     * (opening a match, its transitions, messages): each can send e-mail to a whole organisation.
     */
    WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
    /**
     * Requests per minute per client address, per route, on residents' writes that need no
     * account: sending an idea, supporting it, reporting a comment (and commenting).
     */
    IDEA_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
    /** The same writes per hour per lab, from everyone together: a flood against one lab stops there. */
    IDEA_LAB_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /** Days a closed idea (declined, or its challenge's matches ended) keeps its sender's e-mail address. */
    IDEA_CONTACT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3_650).default(30),
    /**
     * Signs the cookie that lets a visitor without an account support an idea once. Every API
     * process needs the same value; unset, each process makes up its own at start (visitors then
     * get a new cookie after a restart, and a second process does not accept the first one's).
     */
    COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
    /** A request must arrive within this time, and be answered within it (else 503). */
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
    /**
     * Requests are answered 503 while the event loop lags behind by more than this (mean over a
     * second); 0 turns the check off (the tests do: see test/app.ts).
     */
    MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    /** Requests are answered 503 while the JavaScript heap holds more; unset: 90 % of Node's heap limit. */
    MAX_HEAP_USED_MB: z.coerce.number().int().min(1).max(1_000_000).optional(),
    /**
     * On SIGTERM or SIGINT, how long in-flight requests and running jobs may take to finish;
     * past it the process logs what it gave up on and exits with 1.
     */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
    /** Behind a load balancer: which proxies' X-Forwarded-For is believed. */
    TRUST_PROXY: trustedProxies.default(false),
    /** smtp://user:pass@host:port; without it mail is kept in the database and shown at /dev/mail. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Mötesplats <no-reply@motesplats.se>'),
    /**
     * Serve the kept mail (reset and invitation links included) at /dev/mail, to this machine
     * and to administrators only; never in production. `pnpm start` and `pnpm dev` turn it on.
     */
    DEV_MAILBOX: bool.default(false),
    /** Work the background job queue in this process; false for processes that only serve HTTP. */
    JOB_WORKER: bool.default(true),
    /** How often an idle worker looks for due jobs. */
    JOB_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(2_000),
    /** A failed job's first retry waits about this long, each further one twice as long (at most an hour). */
    JOB_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
    /** A match that has waited this many days for a side reminds that side (in the app and by e-mail). */
    MATCH_REMINDER_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    /** While it keeps waiting, the side is reminded again at most once per this many days. */
    MATCH_REMINDER_EVERY_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    /** The first administrator: created or promoted at start. */
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10).optional(),
    /** The built SPA; served when the directory exists. */
    WEB_DIST_DIR: z.string().optional(),
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.COOKIE_SECRET === undefined), {
    message:
      'must be set in production (at least 32 random characters, the same in every process): it signs visitors’ support cookies',
    path: ['COOKIE_SECRET'],
  })
  .refine((env) => !(env.NODE_ENV === 'production' && env.LOAD_DEMO_DATA === true), {
    message:
      'must not be true in production: the demo accounts, an administrator among them, share a published password',
    path: ['LOAD_DEMO_DATA'],
  })
  .refine((env) => (env.ADMIN_EMAIL === undefined) === (env.ADMIN_PASSWORD === undefined), {
    message: 'set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither',
    path: ['ADMIN_PASSWORD'],
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    isProduction: env.NODE_ENV === 'production',
    LOAD_DEMO_DATA: env.LOAD_DEMO_DATA ?? env.NODE_ENV !== 'production',
    API_DOCS: env.API_DOCS ?? env.NODE_ENV !== 'production',
    /** Mail stays in the database unless SMTP is configured. */
    storesMail: env.SMTP_URL === undefined,
    COOKIE_SECRET: env.COOKIE_SECRET ?? randomBytes(32).toString('base64url'),
    servesDevMailbox: env.DEV_MAILBOX && env.SMTP_URL === undefined && env.NODE_ENV !== 'production',
  }));

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const relevant = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = ConfigSchema.safeParse(relevant);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join('.') || 'environment';
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}`);
  }
  return result.data;
}
