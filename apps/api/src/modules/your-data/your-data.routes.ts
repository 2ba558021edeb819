import { AccountExport, DeleteAccountBody } from '@motesplats/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AuthUser } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { errorResponses as errors, NoContent } from '../../lib/http';
import { endSession, requireUser } from '../../plugins/auth';
import { createYourDataService } from './your-data.service';

/**
 * Only a signed-in browser session: an API token is meant for an integration, and one that
 * leaked must not be able to carry off, or end, the whole account.
 */
function requireSessionUser(request: FastifyRequest): AuthUser {
  const user = requireUser(request);
  if (request.auth?.via !== 'session') {
    throw new AppError('FORBIDDEN', 'Sign in with your password to do this; an API token cannot');
  }
  return user;
}

/** "Your data": take everything the platform holds about you, or delete your account. */
export const yourDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const yourData = createYourDataService({ prisma: app.prisma });
  const tags = ['your data'];

  app.get(
    '/me/export',
    {
      schema: {
        tags,
        summary: 'Everything the platform holds about me, as one JSON file (no secrets)',
        response: { 200: AccountExport, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireSessionUser(request);
      const day = new Date().toISOString().slice(0, 10);
      void reply.header('content-disposition', `attachment; filename="motesplats-mina-uppgifter-${day}.json"`);
      return yourData.exportFor(user);
    },
  );

  app.delete(
    '/me',
    {
      config: { rateLimit: { max: app.config.AUTH_RATE_LIMIT, windowSeconds: 60 } },
      schema: {
        tags,
        summary:
          'Delete my account (password again): personal data removed, sessions and tokens ended, my content kept as a former member’s',
        body: DeleteAccountBody,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      const user = requireSessionUser(request);
      await yourData.deleteAccount(user, request.body, String(request.id));
      await endSession(app, request, reply);
      return reply.status(204).send(null);
    },
  );
};
