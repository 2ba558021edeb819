import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMembership, createOrganisation } from './db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from './test/app';

// A mail server that accepts connections and never answers: the worst case for a request that
// would wait for it.
let silent: Server;
let t: TestApp;
beforeAll(async () => {
  silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as AddressInfo;
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, JOB_WORKER: 'false' });
});
afterAll(async () => {
  await t?.close();
  silent?.close();
});

const queued = (queue: string) => t.app.prisma.job.count({ where: { queue } });

describe('with the mail server down', () => {
  it('a password reset answers 202 at once for a known and an unknown address alike, and queues the same', async () => {
    const { user } = await signedInClient(t.app);
    const before = await queued('password-reset-email');
    const answers = [];
    for (const email of [user.email, `ingen.${Date.now()}@example.se`]) {
      const started = performance.now();
      const response = await new Client(t.app).post('/api/v1/auth/password-reset/request', { email });
      answers.push({ status: response.statusCode, body: response.body, ms: performance.now() - started });
    }
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    expect(answers[0]?.body).toBe(answers[1]?.body);
    // Nothing waits for the silent mail server (it would hold a request for its timeout).
    for (const answer of answers) expect(answer.ms).toBeLessThan(5_000);
    expect(await queued('password-reset-email')).toBe(before + 2);
    // No token exists until the job runs: the request itself created nothing about the account.
    expect(await t.app.prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it('an invitation is created at once and its e-mail waits in the queue for the mail server', async () => {
    const owner = await signedInClient(t.app);
    const organisation = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    await createMembership(t.app.prisma, { organisationId: organisation.id, userId: owner.user.id, role: 'OWNER' });
    const email = `inbjuden.${Date.now()}@example.se`;
    const invited = await owner.client.post(`/api/v1/organisations/${organisation.id}/invitations`, { email });
    expect(invited.statusCode).toBe(201);
    const job = await t.app.prisma.job.findFirstOrThrow({
      where: { queue: 'invitation-email', dedupeKey: `invitation-email:${(invited.json() as { id: string }).id}` },
    });
    expect(job.state).toBe('PENDING');
    expect(await t.app.prisma.outboundEmail.count({ where: { to: email } })).toBe(0);
  });
});
