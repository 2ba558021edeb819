import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createMailer } from '../lib/mailer';

export default fp(
  async function mailerPlugin(app: FastifyInstance) {
    const mailer = createMailer({
      prisma: app.prisma,
      from: app.config.MAIL_FROM,
      logger: app.log,
      ...(app.config.SMTP_URL ? { smtpUrl: app.config.SMTP_URL } : {}),
    });
    app.decorate('mailer', mailer);
    app.addHook('onClose', async () => mailer.close());
  },
  { name: 'mailer', dependencies: ['database'] },
);
