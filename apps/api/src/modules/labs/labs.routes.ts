import {
  CreateLabBody,
  IdParams,
  Lab,
  LabList,
  ListLabsQuery,
  UnpublishBody,
  UpdateLabBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createLabsService } from './labs.service';

export const labsRoutes: FastifyPluginAsyncZod = async (app) => {
  const labs = createLabsService({ prisma: app.prisma });
  const tags = ['labs'];

  app.get(
    '/labs',
    {
      schema: {
        tags,
        summary: 'Search the innovation labs (public; members and curators also see unpublished ones)',
        querystring: ListLabsQuery,
        response: { 200: LabList, ...errors },
      },
    },
    async (request) => labs.list(request.query, request.auth?.user),
  );

  app.post(
    '/labs',
    {
      schema: {
        tags,
        summary: 'Start a lab (members of a housing company)',
        body: CreateLabBody,
        response: { 201: Lab, ...errors },
      },
    },
    async (request, reply) => {
      const created = await labs.create(requireUser(request), request.body, String(request.id));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/labs/:id',
    {
      schema: {
        tags,
        summary: 'A lab with its partners, process leader and the challenges the reader may see',
        params: IdParams,
        response: { 200: Lab, ...errors },
      },
    },
    async (request) => labs.get(request.params.id, request.auth?.user),
  );

  app.patch(
    '/labs/:id',
    {
      schema: {
        tags,
        summary: 'Edit a lab (its housing company’s members); a stale version answers 409 VERSION_CONFLICT',
        params: IdParams,
        body: UpdateLabBody,
        response: { 200: Lab, ...errors },
      },
    },
    async (request) => labs.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.post(
    '/labs/:id/unpublish',
    {
      schema: {
        tags,
        summary: 'Take a lab off the public pages, saying why (curators)',
        params: IdParams,
        body: UnpublishBody,
        response: { 200: Lab, ...errors },
      },
    },
    async (request) => labs.unpublish(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.post(
    '/labs/:id/restore',
    {
      schema: {
        tags,
        summary: 'Put an unpublished lab back on the public pages, saying why (curators)',
        params: IdParams,
        body: UnpublishBody,
        response: { 200: Lab, ...errors },
      },
    },
    async (request) => labs.restore(requireUser(request), request.params.id, request.body, String(request.id)),
  );
};
