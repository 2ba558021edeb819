import type { Config } from './config';
import type { PrismaClient } from './db/prisma';
import type { Mailer } from './lib/mailer';
import type { Auth } from './plugins/auth';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    prisma: PrismaClient;
    mailer: Mailer;
  }
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** false on routes that start a session (sign-in, register) and so cannot carry a token yet. */
    csrf?: boolean;
    /** Requests per client address per window, shared by all API processes. */
    rateLimit?: { max: number; windowSeconds: number };
    /** What the route creates, counted against its daily quota (lib/limits.ts: QUOTAS). */
    quota?: string;
    /** false where an overloaded process must still answer (liveness): see plugins/load-shedding.ts. */
    loadShedding?: boolean;
  }
}
