import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';

/**
 * Security headers, and fixed-window rate limits kept in PostgreSQL so that every API process
 * behind a load balancer counts the same requests.
 */
export default fp(
  async function securityPlugin(app: FastifyInstance) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: app.config.isProduction ? [] : null,
        },
      },
      hsts: app.config.isProduction,
    });
    // Helmet has no Permissions-Policy: the app uses none of these browser features, so no page
    // (or anything injected into one) may ask for them.
    app.addHook('onSend', async (_request, reply) => {
      void reply.header(
        'permissions-policy',
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()',
      );
    });

    app.addHook('onRequest', async (request, reply) => {
      const limit = request.routeOptions.config.rateLimit;
      if (!limit) return;
      const key = `${request.routeOptions.url}|${request.ip}`;
      const rows = await app.prisma.$queryRaw<{ count: number; resetAt: Date }[]>`
        INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
        VALUES (${key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
          "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now()
                           THEN now() + make_interval(secs => ${limit.windowSeconds})
                           ELSE "RateLimitBucket"."resetAt" END
        RETURNING "count", "resetAt"`;
      const bucket = rows[0];
      if (!bucket) return;
      const remaining = Math.max(0, limit.max - bucket.count);
      void reply.header('x-ratelimit-limit', String(limit.max));
      void reply.header('x-ratelimit-remaining', String(remaining));
      if (bucket.count > limit.max) {
        const retryAfterSeconds = Math.max(1, Math.ceil((bucket.resetAt.getTime() - Date.now()) / 1000));
        throw new AppError('RATE_LIMITED', 'Too many attempts; wait a moment and try again', { retryAfterSeconds });
      }
    });
  },
  { name: 'security', dependencies: ['database'] },
);
