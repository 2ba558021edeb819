import { Overview } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { createOverviewService } from './overview.service';

export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const overview = createOverviewService({ prisma: app.prisma });
  app.get(
    '/overview',
    {
      schema: {
        tags: ['overview'],
        summary:
          'The national overview per focus area and county (public); curators also get the gaps: unmet needs, unasked offerings, waiting matches',
        response: { 200: Overview, ...errors },
      },
    },
    async (request) => overview.get(request.auth?.user),
  );
};
