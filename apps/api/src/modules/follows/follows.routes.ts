import { FollowParams, FollowState } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createFollowsService } from './follows.service';

/** /follows/LAB/:id, /follows/IDEA/:id, /follows/CHALLENGE/:id: the signed-in reader's follow of one item. */
export const followsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createFollowsService({ prisma: app.prisma });
  const tags = ['follows'];
  const path = '/follows/:kind/:id';

  app.get(
    path,
    {
      schema: {
        tags,
        summary: 'Whether the reader follows a lab, idea or challenge (false when not signed in)',
        params: FollowParams,
        response: { 200: FollowState, ...errors },
      },
    },
    async (request) => service.state(request.auth?.user, request.params.kind, request.params.id),
  );

  app.put(
    path,
    {
      schema: {
        tags,
        summary: 'Follow a lab, idea or challenge: its news comes as notifications (and e-mail, as chosen)',
        params: FollowParams,
        response: { 200: FollowState, ...errors },
      },
    },
    async (request) => service.follow(requireUser(request), request.params.kind, request.params.id),
  );

  app.delete(
    path,
    {
      schema: { tags, summary: 'Stop following', params: FollowParams, response: { 200: FollowState, ...errors } },
    },
    async (request) => service.unfollow(requireUser(request), request.params.kind, request.params.id),
  );
};
