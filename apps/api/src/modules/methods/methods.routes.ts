import { ListMethodsQuery, Method, MethodList, MethodParams } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { createMethodsService } from './methods.service';

export const methodsRoutes: FastifyPluginAsyncZod = async (app) => {
  const methods = createMethodsService({ prisma: app.prisma });
  const tags = ['methods'];

  app.get(
    '/methods',
    {
      schema: {
        tags,
        summary: 'The methods library with each method’s evidence level, derived from its uses (public)',
        querystring: ListMethodsQuery,
        response: { 200: MethodList, ...errors },
      },
    },
    async (request) => methods.list(request.query, request.auth?.user),
  );

  app.get(
    '/methods/:idOrSlug',
    {
      schema: {
        tags,
        summary:
          'A method with its steps, needs and evidence: the labs and confirmed matches that used it and what they measured',
        params: MethodParams,
        response: { 200: Method, ...errors },
      },
    },
    async (request) => methods.get(request.params.idOrSlug, request.auth?.user),
  );
};
