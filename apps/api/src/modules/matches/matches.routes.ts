import {
  CreateMatchBody,
  IdParams,
  ListMatchesQuery,
  Match,
  MatchList,
  MatchMessage,
  MatchMessageList,
  PageQuery,
  PostMessageBody,
  SetMethodsBody,
  TransitionMatchBody,
  UpdateMatchBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Notifier, SuggestionQueue } from '../../lib/collaborators';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { queueHourly } from '../../plugins/jobs';
import { createMatchRemindersHandler, MATCH_REMINDERS_QUEUE } from './match-reminders';
import { createMatchesService } from './matches.service';

export const matchesRoutes: FastifyPluginAsyncZod<{ notifier: Notifier; suggestions: SuggestionQueue }> = async (
  app,
  options,
) => {
  const matches = createMatchesService({
    prisma: app.prisma,
    notifier: options.notifier,
    suggestions: options.suggestions,
  });
  app.jobs.handle(
    MATCH_REMINDERS_QUEUE,
    createMatchRemindersHandler({ prisma: app.prisma, notifier: options.notifier, config: app.config }),
  );
  queueHourly(app, MATCH_REMINDERS_QUEUE);
  const tags = ['matches'];
  const limited = { rateLimit: { max: app.config.WRITE_RATE_LIMIT, windowSeconds: 60 } };

  app.post(
    '/matches',
    {
      config: { ...limited, quota: 'match' },
      schema: {
        tags,
        summary: 'Open a match: a curator proposes, an actor expresses interest, a housing company invites',
        body: CreateMatchBody,
        response: { 201: Match, ...errors },
      },
    },
    async (request, reply) => {
      const created = await matches.create(requireUser(request), request.body, String(request.id));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/matches',
    {
      schema: {
        tags,
        summary: 'Matches of your organisations (curators: all), newest change first, with counts per state',
        querystring: ListMatchesQuery,
        response: { 200: MatchList, ...errors },
      },
    },
    async (request) => matches.list(requireUser(request), request.query),
  );

  app.get(
    '/matches/:id',
    {
      schema: {
        tags,
        summary: 'A match with its timeline and the actions the reader may take (parties and curators)',
        params: IdParams,
        response: { 200: Match, ...errors },
      },
    },
    async (request) => matches.get(requireUser(request), request.params.id),
  );

  app.patch(
    '/matches/:id',
    {
      schema: {
        tags,
        summary: 'Edit the curators’ note on a match (curators; 409 when stale)',
        params: IdParams,
        body: UpdateMatchBody,
        response: { 200: Match, ...errors },
      },
    },
    async (request) => matches.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.put(
    '/matches/:id/methods',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Name the methods the collaboration uses, replacing the list (either party or a curator)',
        params: IdParams,
        body: SetMethodsBody,
        response: { 200: Match, ...errors },
      },
    },
    async (request) => matches.setMethods(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.post(
    '/matches/:id/transitions',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Accept, decline, withdraw, start or complete a match (the transition table decides who may)',
        params: IdParams,
        body: TransitionMatchBody,
        response: { 200: Match, ...errors },
      },
    },
    async (request) => matches.transition(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.get(
    '/matches/:id/messages',
    {
      schema: {
        tags,
        summary: 'The match’s message thread, newest first (the two organisations and curators)',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: MatchMessageList, ...errors },
      },
    },
    async (request) => matches.listMessages(requireUser(request), request.params.id, request.query),
  );

  app.post(
    '/matches/:id/messages',
    {
      config: { ...limited, quota: 'message' },
      schema: {
        tags,
        summary: 'Write in the match’s thread (the two organisations and curators)',
        params: IdParams,
        body: PostMessageBody,
        response: { 201: MatchMessage, ...errors },
      },
    },
    async (request, reply) => {
      const message = await matches.postMessage(
        requireUser(request),
        request.params.id,
        request.body.body,
        String(request.id),
      );
      return reply.status(201).send(message);
    },
  );
};
