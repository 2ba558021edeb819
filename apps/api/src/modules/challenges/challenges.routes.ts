import {
  Challenge,
  ChallengeList,
  CreateChallengeBody,
  IdParams,
  ListChallengesQuery,
  UnpublishBody,
  UpdateChallengeBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createChallengesService } from './challenges.service';

export const challengesRoutes: FastifyPluginAsyncZod = async (app) => {
  const challenges = createChallengesService({ prisma: app.prisma });
  const tags = ['challenges'];

  app.post(
    '/challenges',
    {
      schema: {
        tags,
        summary: 'Post a challenge for your housing company (a draft unless status is OPEN)',
        body: CreateChallengeBody,
        response: { 201: Challenge, ...errors },
      },
    },
    async (request, reply) => {
      const created = await challenges.create(requireUser(request), request.body, String(request.id));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/challenges',
    {
      schema: {
        tags,
        summary: 'Search challenges: full text (swedish), filters, facet counts, keyset paging',
        querystring: ListChallengesQuery,
        response: { 200: ChallengeList, ...errors },
      },
    },
    async (request) => challenges.list(request.query, request.auth?.user),
  );

  app.get(
    '/challenges/:id',
    {
      schema: {
        tags,
        summary: 'A challenge (drafts and unpublished ones only for their organisation and curators)',
        params: IdParams,
        response: { 200: Challenge, ...errors },
      },
    },
    async (request) => challenges.get(request.params.id, request.auth?.user),
  );

  app.patch(
    '/challenges/:id',
    {
      schema: {
        tags,
        summary: 'Edit a challenge or change its status (members of its organisation; 409 when stale)',
        params: IdParams,
        body: UpdateChallengeBody,
        response: { 200: Challenge, ...errors },
      },
    },
    async (request) => challenges.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.post(
    '/challenges/:id/unpublish',
    {
      schema: {
        tags,
        summary: 'Take a challenge off the public pages, saying why (curators)',
        params: IdParams,
        body: UnpublishBody,
        response: { 200: Challenge, ...errors },
      },
    },
    async (request) =>
      challenges.unpublish(requireUser(request), request.params.id, request.body.reason, String(request.id)),
  );

  app.post(
    '/challenges/:id/restore',
    {
      schema: {
        tags,
        summary: 'Put an unpublished challenge back (curators)',
        params: IdParams,
        response: { 200: Challenge, ...errors },
      },
    },
    async (request) => challenges.restore(requireUser(request), request.params.id, String(request.id)),
  );
};
