import { NationalOverview } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { createNationalOverviewService } from './national-overview.service';

export const nationalOverviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const overview = createNationalOverviewService({ prisma: app.prisma });
  app.get(
    '/national-overview',
    {
      schema: {
        tags: ['national-overview'],
        summary:
          'The national overview per focus area and county (public); curators also get the gaps: unmet needs, unasked offerings, waiting matches',
        response: { 200: NationalOverview, ...errors },
      },
    },
    async (request) => overview.get(request.auth?.user),
  );
};
