import { StoredEmailList } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';

/** Registered only when the mailer keeps mail (no SMTP) outside production. */
export const devMailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dev/mail',
    {
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
