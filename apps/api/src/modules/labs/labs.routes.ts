import { LabList, ListLabsQuery } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { createLabsService } from './labs.service';

export const labsRoutes: FastifyPluginAsyncZod = async (app) => {
  const labs = createLabsService({ prisma: app.prisma });

  app.get(
    '/labs',
    {
      schema: {
        tags: ['labs'],
        summary: 'The innovation labs (public)',
        querystring: ListLabsQuery,
        response: { 200: LabList, ...errors },
      },
    },
    async (request) => labs.list(request.query),
  );
};
