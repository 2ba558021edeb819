import {
  CreateMethodBody,
  CreateMethodCaseBody,
  IdParams,
  ListMethodsQuery,
  Method,
  MethodList,
  MethodParams,
  ModerateBody,
  UpdateMethodBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
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

  app.post(
    '/methods',
    {
      schema: {
        tags,
        summary:
          'Add a method to the library, optionally drawn from a confirmed, measured match as its first case (curators)',
        body: CreateMethodBody,
        response: { 201: Method, ...errors },
      },
    },
    async (request, reply) => {
      const created = await methods.create(requireUser(request), request.body, String(request.id));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/methods/:id',
    {
      schema: {
        tags,
        summary: 'Edit a method (curators; 409 VERSION_CONFLICT when stale)',
        params: IdParams,
        body: UpdateMethodBody,
        response: { 200: Method, ...errors },
      },
    },
    async (request) => methods.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  for (const action of ['unpublish', 'restore'] as const) {
    app.post(
      `/methods/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === 'unpublish'
              ? 'Take a method off the public library, saying why (curators; 409 when already unpublished or stale)'
              : 'Put an unpublished method back in the library, saying why (curators; 409 when not unpublished or stale)',
          params: IdParams,
          body: ModerateBody,
          response: { 200: Method, ...errors },
        },
      },
      async (request) =>
        methods.moderate(requireUser(request), request.params.id, action, request.body, String(request.id)),
    );
  }

  app.post(
    '/methods/:id/cases',
    {
      schema: {
        tags,
        summary:
          'Record a confirmed, measured match as a case of the method; the match then names the method (curators; 409 unless completed and measured)',
        params: IdParams,
        body: CreateMethodCaseBody,
        response: { 201: Method, ...errors },
      },
    },
    async (request, reply) => {
      const updated = await methods.addCase(requireUser(request), request.params.id, request.body, String(request.id));
      return reply.status(201).send(updated);
    },
  );
};
