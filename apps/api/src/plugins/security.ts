import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { countRequest, rateLimited } from '../lib/rate-limit';

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

    app.addHook('onRequest', async (request, reply) => {
      const limit = request.routeOptions.config.rateLimit;
      if (!limit) return;
      const bucket = await countRequest(app.prisma, `${request.routeOptions.url}|${request.ip}`, limit.windowSeconds);
      if (!bucket) return;
      void reply.header('x-ratelimit-limit', String(limit.max));
      void reply.header('x-ratelimit-remaining', String(Math.max(0, limit.max - bucket.count)));
      if (bucket.count > limit.max) throw rateLimited(bucket);
    });
  },
  { name: 'security', dependencies: ['database'] },
);
