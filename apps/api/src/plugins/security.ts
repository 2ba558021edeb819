import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';
import { createLimiters, quotaFor, type Limiters } from '../lib/limits';

declare module 'fastify' {
  interface FastifyInstance {
    /** Rate limits and quotas shared by every API process (lib/limits.ts). */
    limits: Limiters;
  }
}

/**
 * Security headers, rate limits per route and client address, and quotas per account or
 * organisation, counted in PostgreSQL so that every API process behind a load balancer counts
 * the same requests.
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

    const limits = createLimiters(app.prisma);
    app.decorate('limits', limits);

    // Per route and client address, before anything else is done for the request.
    app.addHook('onRequest', async (request, reply) => {
      const limit = request.routeOptions.config.rateLimit;
      if (!limit) return;
      void reply.header('x-ratelimit-limit', String(limit.max));
      await limits.consume(
        `route:${request.routeOptions.url}|${request.ip}`,
        { points: limit.max, durationSeconds: limit.windowSeconds },
        { onCount: (remaining) => void reply.header('x-ratelimit-remaining', String(remaining)) },
      );
    });

    // Quotas count per account or organisation, so they run once the request is known to be
    // valid and who sends it: a refused request costs nothing.
    app.addHook('preHandler', async (request) => {
      const name = request.routeOptions.config.quota;
      // The platform's own staff (curators, administrators) are trusted with volume.
      if (!name || !request.auth || request.auth.user.platformRole !== 'USER') return;
      const quota = quotaFor(name);
      const organisationId =
        quota.per === 'organisation'
          ? ((request.params as { id?: string } | undefined)?.id ??
            (request.body as { organisationId?: string } | undefined)?.organisationId)
          : undefined;
      const owner = organisationId ? `organisation:${organisationId}` : `user:${request.auth.user.id}`;
      try {
        await limits.consume(`quota:${name}|${owner}`, quota);
      } catch (error) {
        if (error instanceof AppError && error.code === 'RATE_LIMITED') {
          throw new AppError('QUOTA_EXCEEDED', `You have reached today's limit for this (${quota.points})`, {
            quota: name,
            max: quota.points,
            retryAfterSeconds: error.details?.retryAfterSeconds,
          });
        }
        throw error;
      }
    });
  },
  { name: 'security', dependencies: ['database'] },
);
