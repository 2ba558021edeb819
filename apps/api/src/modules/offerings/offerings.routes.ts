import {
  Offering,
  OfferingList,
  CreateOfferingBody,
  IdParams,
  ListOfferingsQuery,
  UnpublishBody,
  UpdateOfferingBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createOfferingsService } from './offerings.service';

export const offeringsRoutes: FastifyPluginAsyncZod = async (app) => {
  const offerings = createOfferingsService({ prisma: app.prisma });
  const tags = ['offerings'];

  app.post(
    '/offerings',
    {
      schema: {
        tags,
        summary: 'Publish an offering for your local actor (a draft unless status is PUBLISHED)',
        body: CreateOfferingBody,
        response: { 201: Offering, ...errors },
      },
    },
    async (request, reply) => {
      const created = await offerings.create(requireUser(request), request.body, String(request.id));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/offerings',
    {
      schema: {
        tags,
        summary:
          'Search offerings: full text (swedish), filters (national ones match every place), facet counts, keyset paging',
        querystring: ListOfferingsQuery,
        response: { 200: OfferingList, ...errors },
      },
    },
    async (request) => offerings.list(request.query, request.auth?.user),
  );

  app.get(
    '/offerings/:id',
    {
      schema: {
        tags,
        summary: 'An offering (drafts and unpublished ones only for their organisation and curators)',
        params: IdParams,
        response: { 200: Offering, ...errors },
      },
    },
    async (request) => offerings.get(request.params.id, request.auth?.user),
  );

  app.patch(
    '/offerings/:id',
    {
      schema: {
        tags,
        summary: 'Edit an offering or change its status (members of its organisation; 409 when stale)',
        params: IdParams,
        body: UpdateOfferingBody,
        response: { 200: Offering, ...errors },
      },
    },
    async (request) => offerings.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.post(
    '/offerings/:id/unpublish',
    {
      schema: {
        tags,
        summary: 'Take an offering off the public pages, saying why (curators)',
        params: IdParams,
        body: UnpublishBody,
        response: { 200: Offering, ...errors },
      },
    },
    async (request) =>
      offerings.unpublish(requireUser(request), request.params.id, request.body.reason, String(request.id)),
  );

  app.post(
    '/offerings/:id/restore',
    {
      schema: {
        tags,
        summary: 'Put an unpublished offering back (curators)',
        params: IdParams,
        response: { 200: Offering, ...errors },
      },
    },
    async (request) => offerings.restore(requireUser(request), request.params.id, String(request.id)),
  );
};
