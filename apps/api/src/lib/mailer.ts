import type { FastifyBaseLogger } from 'fastify';
import { createTransport, type Transporter } from 'nodemailer';
import type { PrismaClient } from '../db/prisma';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * The one way the app sends e-mail. With SMTP configured it sends and records that it did;
 * without, it keeps the whole message in the database so development can read it at /dev/mail.
 */
export function createMailer(deps: {
  prisma: PrismaClient;
  smtpUrl?: string;
  from: string;
  logger: FastifyBaseLogger;
}): Mailer {
  const transport: Transporter | undefined = deps.smtpUrl ? createTransport(deps.smtpUrl) : undefined;

  return {
    async send(mail) {
      if (!transport) {
        await deps.prisma.outboundEmail.create({
          data: { ...mail, transport: 'store', sentAt: new Date() },
        });
        // No address in the log: some belong to residents who left one only for their idea's news.
        deps.logger.info({ subject: mail.subject }, 'mail kept for /dev/mail');
        return;
      }
      await transport.sendMail({ from: deps.from, to: mail.to, subject: mail.subject, text: mail.text });
      await deps.prisma.outboundEmail.create({
        data: { to: mail.to, subject: mail.subject, text: '', transport: 'smtp', sentAt: new Date() },
      });
    },
    close() {
      transport?.close();
    },
  };
}
