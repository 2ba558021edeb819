import {
  Accepted,
  ApiTokenList,
  ChangePasswordBody,
  CreateApiTokenBody,
  CreatedApiToken,
  IdParams,
  LoginBody,
  Me,
  PageQuery,
  PasswordResetBody,
  PasswordResetRequestBody,
  RegisterBody,
  SessionList,
  SessionProbe,
  SignedOutEverywhere,
  UpdateMeBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses as errors, NoContent } from '../../lib/http';
import { AppError } from '../../lib/errors';
import { SIGN_IN_FAILURES } from '../../lib/limits';
import { sha256 } from '../../lib/tokens';
import { endSession, requireUser, startSession } from '../../plugins/auth';
import { createAuthService, PASSWORD_RESET_QUEUE } from './auth.service';

const PasswordResetJob = z.object({ email: z.string() });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const auth = createAuthService({ prisma: app.prisma, mailer: app.mailer, config: app.config });
  app.jobs.handle(PASSWORD_RESET_QUEUE, async (job) =>
    auth.sendPasswordReset(PasswordResetJob.parse(job.payload).email),
  );
  const limited = { rateLimit: { max: app.config.AUTH_RATE_LIMIT, windowSeconds: 60 } };
  const tags = ['auth'];

  app.post(
    '/register',
    {
      config: { csrf: false, ...limited },
      schema: { tags, summary: 'Create an account and sign in', body: RegisterBody, response: { 201: Me, ...errors } },
    },
    async (request, reply) => {
      const user = await auth.register(request.body, String(request.id));
      const session = await startSession(app, request, reply, user.id);
      return reply.status(201).send(await auth.me(user.id, session.csrfToken));
    },
  );

  app.post(
    '/login',
    {
      config: { csrf: false, ...limited },
      schema: { tags, summary: 'Sign in', body: LoginBody, response: { 200: Me, ...errors } },
    },
    async (request, reply) => {
      // Backoff per account, whatever address the attempts come from (an address's own
      // attempts are limited per route above). A success clears the count.
      const account = `sign-in-failures:${sha256(request.body.email.toLowerCase())}`;
      await app.limits.check(account, SIGN_IN_FAILURES);
      const user = await auth
        .authenticate(request.body.email, request.body.password, { ip: request.ip, requestId: String(request.id) })
        .catch(async (error: unknown) => {
          if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') {
            await app.limits.consume(account, SIGN_IN_FAILURES).catch(() => undefined);
          }
          throw error;
        });
      await app.limits.reset(account);
      const session = await startSession(app, request, reply, user.id);
      return auth.me(user.id, session.csrfToken);
    },
  );

  app.post(
    '/logout',
    { schema: { tags, summary: 'Sign out this session', response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await endSession(app, request, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { tags, summary: 'The signed-in user and their organisations', response: { 200: Me, ...errors } } },
    async (request) => {
      const user = requireUser(request);
      return auth.me(user.id, request.auth?.via === 'session' ? request.auth.csrfToken : null);
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user, or null for a visitor (200 either way: the web app asks on every first visit)',
        response: { 200: SessionProbe, ...errors },
      },
    },
    async (request, reply) => {
      // The answer depends on the cookie: no cache may keep one reader's answer for another.
      void reply.header('cache-control', 'no-store');
      const user = request.auth?.user;
      if (!user) return { me: null };
      return { me: await auth.me(user.id, request.auth?.via === 'session' ? request.auth.csrfToken : null) };
    },
  );

  app.patch(
    '/me',
    { schema: { tags, summary: 'Change name or language', body: UpdateMeBody, response: { 200: Me, ...errors } } },
    async (request) => {
      const user = requireUser(request);
      await auth.updateMe(user, request.body);
      return auth.me(user.id, request.auth?.via === 'session' ? request.auth.csrfToken : null);
    },
  );

  app.post(
    '/password',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Change password (signs out other sessions)',
        body: ChangePasswordBody,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const keep = request.auth?.via === 'session' ? request.auth.sessionId : null;
      await auth.changePassword(user, request.body, keep, String(request.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/password-reset/request',
    {
      config: { csrf: false, ...limited },
      schema: {
        tags,
        summary: 'E-mail a single-use reset link (answers the same for unknown addresses)',
        body: PasswordResetRequestBody,
        response: { 202: Accepted, ...errors },
      },
    },
    async (request, reply) => {
      await auth.requestPasswordReset(request.body.email, String(request.id));
      return reply.status(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/password-reset',
    {
      config: { csrf: false, ...limited },
      schema: {
        tags,
        summary: 'Set a new password with a reset token',
        body: PasswordResetBody,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await auth.resetPassword(request.body.token, request.body.password, String(request.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/sessions',
    {
      schema: {
        tags,
        summary: 'My active sessions',
        querystring: PageQuery,
        response: { 200: SessionList, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return auth.listSessions(user, request.auth?.via === 'session' ? request.auth.sessionId : null, request.query);
    },
  );

  app.post(
    '/sessions/end-others',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere else: end every other session and revoke every API token',
        response: { 200: SignedOutEverywhere, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const keep = request.auth?.via === 'session' ? request.auth.sessionId : null;
      return auth.endOtherSessionsAndTokens(user, keep, String(request.id));
    },
  );

  app.delete(
    '/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Sign out one of my sessions',
        params: IdParams,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await auth.revokeSession(requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        tags,
        summary: 'My personal API tokens',
        querystring: PageQuery,
        response: { 200: ApiTokenList, ...errors },
      },
    },
    async (request) => auth.listApiTokens(requireUser(request), request.query),
  );

  app.post(
    '/tokens',
    {
      config: { quota: 'apiToken' },
      schema: {
        tags,
        summary: 'Create an API token (shown once)',
        body: CreateApiTokenBody,
        response: { 201: CreatedApiToken, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      // A token that could make tokens would outlive its own revocation.
      if (request.auth?.via !== 'session') {
        throw new AppError('FORBIDDEN', 'Create API tokens while signed in with a password, not with a token');
      }
      const created = await auth.createApiToken(user, request.body, String(request.id));
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags, summary: 'Revoke an API token', params: IdParams, response: { 204: NoContent, ...errors } } },
    async (request, reply) => {
      await auth.revokeApiToken(requireUser(request), request.params.id, String(request.id));
      return reply.status(204).send(null);
    },
  );
};
