import { describe, expect, it } from 'vitest';
import { Client, createTestApp, errorOf, signedInClient } from '../../test/app';

describe('the development mailbox', () => {
  it('is not there unless asked for', async () => {
    const t = await createTestApp();
    try {
      expect((await t.app.inject({ url: '/api/v1/dev/mail' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('is never there in production, asked or not', async () => {
    const t = await createTestApp({ NODE_ENV: 'production', DEV_MAILBOX: 'true' });
    try {
      expect((await t.app.inject({ url: '/api/v1/dev/mail' })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('when asked for, shows reset links to this machine and administrators only', async () => {
    const t = await createTestApp({ DEV_MAILBOX: 'true' });
    try {
      const { user } = await signedInClient(t.app);
      await new Client(t.app).post('/api/v1/auth/password-reset/request', { email: user.email });
      await t.app.jobs.runDue();

      const local = await t.app.inject({ url: '/api/v1/dev/mail' });
      expect(local.statusCode).toBe(200);
      expect(local.body).toContain(user.email);

      const remote = await t.app.inject({
        url: '/api/v1/dev/mail',
        remoteAddress: '203.0.113.7',
        // A forwarded-for header does not make a remote client local.
        headers: { 'x-forwarded-for': '127.0.0.1' },
      });
      expect(remote.statusCode).toBe(403);
      expect(errorOf(remote.body).code).toBe('FORBIDDEN');
      expect(remote.body).not.toContain(user.email);

      const member = await signedInClient(t.app);
      const remoteMember = await member.client.request({ url: '/api/v1/dev/mail', remoteAddress: '203.0.113.7' });
      expect(remoteMember.statusCode).toBe(403);

      const admin = await signedInClient(t.app, { platformRole: 'ADMIN' });
      const remoteAdmin = await admin.client.request({ url: '/api/v1/dev/mail', remoteAddress: '203.0.113.7' });
      expect(remoteAdmin.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
