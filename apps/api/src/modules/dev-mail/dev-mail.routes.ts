import { StoredEmailList } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../lib/errors';
import { errorResponses as errors } from '../../lib/http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Registered only with DEV_MAILBOX, outside production and without SMTP. The kept mail holds
 * password-reset links, so it is shown to this machine (the connecting socket, which a
 * forwarded-for header cannot fake) and to administrators only.
 */
export const devMailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dev/mail',
    {
      onRequest: async (request) => {
        if (request.auth?.user.platformRole === 'ADMIN') return;
        if (LOOPBACK.has(request.socket.remoteAddress ?? '')) return;
        throw new AppError('FORBIDDEN', 'The development mailbox is open to this machine and to administrators only');
      },
      schema: {
        tags: ['development'],
        summary: 'Mail the app kept instead of sending',
        response: { 200: StoredEmailList, ...errors },
      },
    },
    async () => {
      const [items, total] = await app.prisma.$transaction([
        app.prisma.outboundEmail.findMany({
          where: { transport: 'store' },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: 50,
        }),
        app.prisma.outboundEmail.count({ where: { transport: 'store' } }),
      ]);
      return {
        items: items.map((m) => ({
          id: m.id,
          to: m.to,
          subject: m.subject,
          text: m.text,
          createdAt: m.createdAt.toISOString(),
        })),
        total,
      };
    },
  );
};
