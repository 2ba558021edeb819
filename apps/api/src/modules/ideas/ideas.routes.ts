import {
  CommentParams,
  ConvertedIdea,
  ConvertIdeaBody,
  CreateCommentBody,
  CreatedIdea,
  CreateIdeaBody,
  FollowUpBody,
  IdParams,
  Idea,
  IdeaFollowUp,
  IdeaList,
  ListIdeasQuery,
  ModerateBody,
  ModerateCommentBody,
  PublishIdeaBody,
  SupportResult,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Notifier } from '../../lib/collaborators';
import { errorResponses as errors, NoContent } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { ensureVisitorKey, visitorKey } from '../../plugins/visitor-cookie';
import {
  createContactPurgeHandler,
  createIdeaEmailHandler,
  IDEA_CONTACT_PURGE_QUEUE,
  IDEA_EMAIL_QUEUE,
  queueContactPurge,
} from './ideas.jobs';
import { createIdeasService } from './ideas.service';

const PURGE_INTERVAL_MS = 3_600_000;

export const ideasRoutes: FastifyPluginAsyncZod<{ notifier: Notifier }> = async (app, options) => {
  const ideas = createIdeasService({
    prisma: app.prisma,
    limits: app.limits,
    notifier: options.notifier,
    config: app.config,
  });
  const tags = ['ideas'];
  // Residents' writes need no account, so the address is what is counted (and the lab, in the service).
  const limited = { rateLimit: { max: app.config.IDEA_RATE_LIMIT, windowSeconds: 60 } };

  app.jobs.handle(
    IDEA_EMAIL_QUEUE,
    createIdeaEmailHandler({ prisma: app.prisma, mailer: app.mailer, config: app.config }),
  );
  app.jobs.handle(IDEA_CONTACT_PURGE_QUEUE, createContactPurgeHandler({ prisma: app.prisma, config: app.config }));
  if (app.config.JOB_WORKER) {
    const queuePurge = () =>
      queueContactPurge(app.prisma).catch((error: unknown) =>
        app.log.warn({ err: error }, 'could not queue the idea contact purge; next try in an hour'),
      );
    const timer = setInterval(() => void queuePurge(), PURGE_INTERVAL_MS);
    timer.unref();
    app.addHook('onReady', async () => void queuePurge());
    app.addHook('onClose', async () => clearInterval(timer));
  }

  app.post(
    '/ideas',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Send an idea to a lab (no account needed); answers the private follow-up link’s secret once',
        body: CreateIdeaBody,
        response: { 201: CreatedIdea, ...errors },
      },
    },
    async (request, reply) => {
      const created = await ideas.create(
        { user: request.auth?.user, browserKey: visitorKey(app, request) },
        request.body,
        String(request.id),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/ideas',
    {
      schema: {
        tags,
        summary: 'Ideas, newest first: published ones for everyone; moderators also see those waiting',
        querystring: ListIdeasQuery,
        response: { 200: IdeaList, ...errors },
      },
    },
    async (request) => ideas.list(request.query, request.auth?.user),
  );

  app.post(
    '/ideas/follow-up',
    {
      // Reads only; a sender who happens to be signed in need not send a CSRF token.
      config: { ...limited, csrf: false },
      schema: {
        tags,
        summary:
          'The sender’s view of their idea, by the secret of their follow-up link (in the body, not the address)',
        body: FollowUpBody,
        response: { 200: IdeaFollowUp, ...errors },
      },
    },
    async (request) => ideas.followUp(request.body.token),
  );

  app.post(
    '/ideas/follow-up/remove-email',
    {
      // The link's secret is the authority, as for reading; no session is involved.
      config: { ...limited, csrf: false },
      schema: {
        tags,
        summary: 'Remove the e-mail address given with the idea (by the follow-up link’s secret)',
        body: FollowUpBody,
        response: { 200: IdeaFollowUp, ...errors },
      },
    },
    async (request) => ideas.removeContactEmail(request.body.token, String(request.id)),
  );

  app.get(
    '/ideas/:id',
    {
      schema: {
        tags,
        summary: 'An idea, its comments and what became of it (moderators also see it while it waits)',
        params: IdParams,
        response: { 200: Idea, ...errors },
      },
    },
    async (request) => ideas.get(request.params.id, { user: request.auth?.user, browserKey: visitorKey(app, request) }),
  );

  app.post(
    '/ideas/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a waiting idea (the lab’s housing company or curators; 409 when stale)',
        params: IdParams,
        body: PublishIdeaBody,
        response: { 200: Idea, ...errors },
      },
    },
    async (request) =>
      ideas.moderate(requireUser(request), request.params.id, 'publish', request.body, String(request.id)),
  );

  const reasoned = {
    decline: 'Decline a waiting idea, saying why (the sender is told)',
    unpublish: 'Take a published idea off the public pages, saying why',
    restore: 'Put an idea taken off the public pages back, saying why',
  } as const;
  for (const action of ['decline', 'unpublish', 'restore'] as const) {
    app.post(
      `/ideas/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${reasoned[action]} (the lab’s housing company or curators; 409 when not possible or stale)`,
          params: IdParams,
          body: ModerateBody,
          response: { 200: Idea, ...errors },
        },
      },
      async (request) =>
        ideas.moderate(requireUser(request), request.params.id, action, request.body, String(request.id)),
    );
  }

  app.post(
    '/ideas/:id/challenge',
    {
      schema: {
        tags,
        summary: 'Turn a published idea into a draft challenge of the lab’s housing company, filled in from the idea',
        params: IdParams,
        body: ConvertIdeaBody,
        response: { 201: ConvertedIdea, ...errors },
      },
    },
    async (request, reply) => {
      const converted = await ideas.convert(
        requireUser(request),
        request.params.id,
        request.body.version,
        String(request.id),
      );
      return reply.status(201).send(converted);
    },
  );

  app.post(
    '/ideas/:id/support',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Support a published idea: once per account, or per browser without one (409 the second time)',
        params: IdParams,
        response: { 200: SupportResult, ...errors },
      },
    },
    async (request, reply) =>
      ideas.support(request.params.id, {
        user: request.auth?.user,
        browserKey: ensureVisitorKey(app, request, reply),
      }),
  );

  app.post(
    '/ideas/:id/comments',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Comment on a published idea (signed in)',
        params: IdParams,
        body: CreateCommentBody,
        response: { 201: Idea, ...errors },
      },
    },
    async (request, reply) => {
      const idea = await ideas.comment(requireUser(request), request.params.id, request.body.body, String(request.id));
      return reply.status(201).send(idea);
    },
  );

  app.post(
    '/ideas/:id/comments/:commentId/report',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Report a comment (anyone, once); three different reporters hide it until a moderator looks',
        params: CommentParams,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await ideas.reportComment(request.params.id, request.params.commentId, {
        user: request.auth?.user,
        browserKey: ensureVisitorKey(app, request, reply),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/ideas/:id/comments/:commentId/moderate',
    {
      schema: {
        tags,
        summary: 'Hide a comment, or show it again after looking at its reports, saying why (moderators)',
        params: CommentParams,
        body: ModerateCommentBody,
        response: { 200: Idea, ...errors },
      },
    },
    async (request) =>
      ideas.moderateComment(
        requireUser(request),
        request.params.id,
        request.params.commentId,
        request.body,
        String(request.id),
      ),
  );
};
