import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../db/prisma';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { createMailer } from './mailer';

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const logger = pino({ level: 'silent' });

describe('the mailer', () => {
  it('without SMTP keeps the whole message for /dev/mail', async () => {
    const mailer = createMailer({ prisma, from: 'Mötesplats <no-reply@motesplats.se>', logger });
    await mailer.send({ to: 'kept@example.org', subject: 'Hej', text: 'Länk: https://example.org/x' });
    const stored = await prisma.outboundEmail.findFirstOrThrow({ where: { to: 'kept@example.org' } });
    expect(stored).toMatchObject({ transport: 'store', subject: 'Hej', text: 'Länk: https://example.org/x' });
  });

  it('with SMTP delivers to the server and records only that it did', async () => {
    const received: { from: string; to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    const mailer = createMailer({
      prisma,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Mötesplats <no-reply@motesplats.se>',
      logger,
    });
    try {
      await mailer.send({ to: 'sent@example.org', subject: 'Återställ lösenordet', text: 'Hemlig kod 4711' });
    } finally {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'no-reply@motesplats.se', to: ['sent@example.org'] });
    expect(received[0]?.data).toContain('Hemlig kod 4711');
    const recorded = await prisma.outboundEmail.findFirstOrThrow({ where: { to: 'sent@example.org' } });
    expect(recorded).toMatchObject({ transport: 'smtp', text: '' });
  });
});
