import { IdParams, ModerateBody, type ModerationAction } from '@motesplats/contracts';
import type { FastifyPluginAsync } from 'fastify';
import type { z } from 'zod';
import type { AuthUser } from '../lib/actor';
import { errorResponses as errors } from '../lib/http';
import { requireUser } from './auth';

/*
 * The HTTP side of lib/publishable.ts: the six routes every publishable kind has, with the
 * kind's own contract schemas and descriptions. A kind's routes file registers this plugin and
 * adds any routes of its own. The zod compilers set in app.ts validate and serialise with the
 * schemas as on every route; only the static types are looser here, because the type provider
 * cannot resolve a route's types from schemas that are type parameters.
 */

export interface PublishableService<Item, List, Query, Create, Update> {
  create(user: AuthUser, body: Create, requestId: string): Promise<Item>;
  list(query: Query, user: AuthUser | undefined): Promise<List>;
  get(id: string, user: AuthUser | undefined): Promise<Item>;
  update(user: AuthUser, id: string, body: Update, requestId: string): Promise<Item>;
  moderate(user: AuthUser, id: string, action: ModerationAction, body: ModerateBody, requestId: string): Promise<Item>;
}

export interface PublishableRoutesOptions<
  I extends z.ZodType,
  L extends z.ZodType,
  Q extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
> {
  /** "/challenges": the collection; items are at "/challenges/:id". */
  path: `/${string}`;
  /** The OpenAPI tag, and the noun in the moderation routes' descriptions ("challenge"). */
  tag: string;
  noun: string;
  schemas: { item: I; list: L; query: Q; create: C; update: U };
  summaries: { create: string; list: string; get: string; update: string };
  service: PublishableService<z.output<I>, z.output<L>, z.output<Q>, z.output<C>, z.output<U>>;
}

export function publishableRoutes<
  I extends z.ZodType,
  L extends z.ZodType,
  Q extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
>(options: PublishableRoutesOptions<I, L, Q, C, U>): FastifyPluginAsync {
  const { path, noun, schemas, summaries, service } = options;
  const tags = [options.tag];
  const item = `${path}/:id`;
  const moderation: Record<ModerationAction, string> = {
    unpublish: `Take a ${noun} off the public pages, saying why (curators; 409 when already unpublished or stale)`,
    restore: `Put an unpublished ${noun} back on the public pages, saying why (curators; 409 when not unpublished or stale)`,
  };

  return async (app) => {
    app.post(
      path,
      {
        // Counted against the kind's daily quota per account (lib/limits.ts), by its noun.
        config: { quota: noun },
        schema: { tags, summary: summaries.create, body: schemas.create, response: { 201: schemas.item, ...errors } },
      },
      async (request, reply) => {
        const created = await service.create(requireUser(request), request.body as z.output<C>, String(request.id));
        return reply.status(201).send(created);
      },
    );

    app.get(
      path,
      {
        schema: {
          tags,
          summary: summaries.list,
          querystring: schemas.query,
          response: { 200: schemas.list, ...errors },
        },
      },
      async (request) => service.list(request.query as z.output<Q>, request.auth?.user),
    );

    app.get(
      item,
      { schema: { tags, summary: summaries.get, params: IdParams, response: { 200: schemas.item, ...errors } } },
      async (request) => service.get((request.params as IdParams).id, request.auth?.user),
    );

    app.patch(
      item,
      {
        schema: {
          tags,
          summary: summaries.update,
          params: IdParams,
          body: schemas.update,
          response: { 200: schemas.item, ...errors },
        },
      },
      async (request) =>
        service.update(
          requireUser(request),
          (request.params as IdParams).id,
          request.body as z.output<U>,
          String(request.id),
        ),
    );

    for (const action of ['unpublish', 'restore'] as const) {
      app.post(
        `${item}/${action}`,
        {
          schema: {
            tags,
            summary: moderation[action],
            params: IdParams,
            body: ModerateBody,
            response: { 200: schemas.item, ...errors },
          },
        },
        async (request) =>
          service.moderate(
            requireUser(request),
            (request.params as IdParams).id,
            action,
            request.body as ModerateBody,
            String(request.id),
          ),
      );
    }
  };
}
