import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMembership, createOrganisation, createUser } from './db/seed/factories';
import { MAIL_ATTEMPTS } from './lib/jobs';
import { notifyOrganisationVerified } from './modules/notifications/notify';
import { Client, createTestApp, errorOf, signedInClient, type TestApp } from './test/app';

// The mail server is away: first for an hour (every e-mail must arrive once when it is back),
// then for good (the jobs end as dead letters that administrators see and put back). Time
// passes by moving each waiting job's runAt to now after adding up the backoff it was given,
// so the test sees the real schedule (JOB_RETRY_BASE_MS at its default of a minute) without
// waiting for it.

/** A port where nothing listens (yet): connections are refused at once. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function mailServer(port: number) {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        received.push(...session.envelope.rcptTo.map((r) => r.address));
        callback();
      });
    },
  });
  return {
    received,
    listen: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let port: number;
let t: TestApp;
beforeAll(async () => {
  port = await freePort();
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, JOB_WORKER: 'false' });
});
afterAll(async () => {
  await t?.close();
});

/** Runs what is due, then lets the earliest waiting job's backoff pass; returns the minutes passed. */
async function letBackoffPass(): Promise<number> {
  await t.app.jobs.runDue();
  const [next] = await t.app.prisma.$queryRaw<{ minutes: number | null }[]>`
    SELECT EXTRACT(EPOCH FROM min("runAt") - now()) / 60 AS minutes FROM "Job" WHERE state = 'PENDING'`;
  await t.app.prisma.$executeRaw`UPDATE "Job" SET "runAt" = now() WHERE state = 'PENDING'`;
  return Math.max(0, Number(next?.minutes ?? 0));
}

/** E-mails of three kinds, each to its own address. */
async function queueThreeEmails() {
  const anonymous = new Client(t.app);
  const { user: resetter } = await createUser(t.app.prisma);
  expect((await anonymous.post('/api/v1/auth/password-reset/request', { email: resetter.email })).statusCode).toBe(202);
  const owner = await signedInClient(t.app);
  const organisation = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
  await createMembership(t.app.prisma, { organisationId: organisation.id, userId: owner.user.id, role: 'OWNER' });
  const invited = `inbjuden.${Date.now()}@example.se`;
  expect(
    (await owner.client.post(`/api/v1/organisations/${organisation.id}/invitations`, { email: invited })).statusCode,
  ).toBe(201);
  const { user: curator } = await createUser(t.app.prisma, { platformRole: 'CURATOR' });
  await t.app.prisma.$transaction((tx) =>
    notifyOrganisationVerified(tx, { organisationId: organisation.id, actorId: curator.id }),
  );
  return [resetter.email, invited, owner.user.email].sort();
}

describe('the mail server away', () => {
  it('for an hour: every e-mail waits, and arrives once when it is back', { timeout: 60_000 }, async ({ annotate }) => {
    const recipients = await queueThreeEmails();
    let minutes = 0;
    let passes = 0;
    while (minutes < 60) {
      minutes += await letBackoffPass();
      passes++;
    }
    const waiting = await t.app.prisma.job.findMany({ where: { state: { not: 'COMPLETED' } } });
    expect(waiting.map((job) => job.state)).toEqual(waiting.map(() => 'PENDING'));
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...waiting.map((job) => job.attempts))).toBeLessThan(MAIL_ATTEMPTS);

    const server = mailServer(port);
    await server.listen();
    try {
      await t.app.jobs.runDue();
      await t.app.jobs.runDue();
      expect([...server.received].sort()).toEqual(recipients);
      expect(await t.app.prisma.job.count({ where: { state: { not: 'COMPLETED' } } })).toBe(0);
      await annotate(
        `${recipients.length} e-mails through ${Math.round(minutes)} minutes of outage (${passes} rounds of ` +
          `retries, at most ${Math.max(...waiting.map((job) => job.attempts))} of ${MAIL_ATTEMPTS} attempts used): each arrived once`,
      );
    } finally {
      await server.close();
    }
  });

  it('for good: the e-mails end as dead letters an administrator sees and puts back', { timeout: 60_000 }, async () => {
    const recipients = await queueThreeEmails();
    while ((await t.app.prisma.job.count({ where: { state: 'PENDING' } })) > 0) await letBackoffPass();
    expect(await t.app.prisma.job.count({ where: { state: 'FAILED' } })).toBe(recipients.length);

    const admin = await signedInClient(t.app, { platformRole: 'ADMIN' });
    const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
    const listed = await admin.client.get('/api/v1/admin/failed-jobs');
    expect(listed.statusCode).toBe(200);
    const list = listed.json() as {
      items: { id: string; queue: string; attempts: number; lastError: string }[];
      total: number;
    };
    expect(list.total).toBe(3);
    expect(list.items.every((job) => job.attempts === MAIL_ATTEMPTS && /ECONNREFUSED/.test(job.lastError))).toBe(true);
    expect(JSON.stringify(list)).not.toContain(recipients[0]);
    expect((await curator.client.get('/api/v1/admin/failed-jobs')).statusCode).toBe(403);
    expect((await new Client(t.app).get('/api/v1/admin/failed-jobs')).statusCode).toBe(401);

    const server = mailServer(port);
    await server.listen();
    try {
      for (const job of list.items) {
        expect((await admin.client.post(`/api/v1/admin/failed-jobs/${job.id}/retry`)).statusCode).toBe(200);
      }
      const again = await admin.client.post(`/api/v1/admin/failed-jobs/${list.items[0]!.id}/retry`);
      expect(again.statusCode).toBe(404);
      expect(errorOf(again.body).code).toBe('NOT_FOUND');
      await t.app.jobs.runDue();
      expect([...server.received].sort()).toEqual(recipients);
      expect(await t.app.prisma.job.count({ where: { state: 'FAILED' } })).toBe(0);
      expect(await t.app.prisma.auditLog.count({ where: { action: 'job.retried' } })).toBe(3);
    } finally {
      await server.close();
    }
  });
});
