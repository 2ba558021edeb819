import { HealthStatus, ReadyStatus } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/errors';
import { errorResponses } from '../../lib/http';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      // A busy process is still up: restarting it for being busy would only add to the load.
      config: { loadShedding: false },
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: HealthStatus } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The database answers',
        response: { 200: ReadyStatus, 503: errorResponses[400] },
      },
    },
    async () => {
      try {
        await app.prisma.$queryRaw`SELECT 1`;
      } catch (error) {
        app.log.warn({ err: error }, 'readiness check failed');
        throw new AppError('UNAVAILABLE', 'The database does not answer');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
};
