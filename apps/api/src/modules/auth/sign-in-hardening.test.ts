import { describe, expect, it } from 'vitest';
import { Client, errorOf, signedInClient, useTestApp } from '../../test/app';

const t = useTestApp();

describe('common passwords', () => {
  it('are refused with 400 at registration, change and reset, naming the field', async () => {
    const client = new Client(t.app);
    for (const password of ['Sommar2024!', 'password123456', 'qwertyuiop', 'Lösenord123!', '1234567890']) {
      const response = await client.post('/api/v1/auth/register', {
        email: `vanlig-${Math.random().toString(36).slice(2)}@example.org`,
        password,
        name: 'Vanlig Person',
      });
      expect(response.statusCode, password).toBe(400);
      expect(errorOf(response.body).details?.issues?.[0]).toMatchObject({
        path: ['password'],
        code: 'common_password',
      });
    }
    expect(await t.app.prisma.user.count({ where: { name: 'Vanlig Person' } })).toBe(0);

    const { client: signedIn, password } = await signedInClient(t.app);
    const change = await signedIn.post('/api/v1/auth/password', {
      currentPassword: password,
      newPassword: 'Midsommar2026',
    });
    expect(change.statusCode).toBe(400);
    expect(errorOf(change.body).details?.issues?.[0]).toMatchObject({ path: ['newPassword'], code: 'common_password' });

    const reset = await new Client(t.app).post('/api/v1/auth/password-reset', {
      token: 'x'.repeat(43),
      password: 'hammarby1897!',
    });
    expect(reset.statusCode).toBe(400);
    expect(errorOf(reset.body).details?.issues?.[0]).toMatchObject({ code: 'common_password' });
  });

  it('lets an ordinary long password through', async () => {
    const response = await new Client(t.app).post('/api/v1/auth/register', {
      email: 'ovanlig@example.org',
      password: 'tre ord i rad på gården',
      name: 'Ovanlig Person',
    });
    expect(response.statusCode).toBeLessThan(300);
  });
});

describe('sign-in events in the audit log', () => {
  it('records sign-ins, failures (known and unknown addresses) and a token’s use once', async () => {
    const { client, user, password } = await signedInClient(t.app);
    const failed = await new Client(t.app).post('/api/v1/auth/login', { email: user.email, password: 'fel lösenord!' });
    expect(failed.statusCode).toBe(401);
    await new Client(t.app).post('/api/v1/auth/login', { email: 'ingen-alls@example.org', password: 'fel lösenord!' });

    const rows = await t.app.prisma.auditLog.findMany({
      where: { action: { in: ['user.sign_in', 'user.sign_in_failed'] }, entityId: { in: [user.id, 'unknown'] } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => [r.action, r.entityId === user.id ? 'user' : r.entityId])).toEqual([
      ['user.sign_in', 'user'],
      ['user.sign_in_failed', 'user'],
      ['user.sign_in_failed', 'unknown'],
    ]);
    expect(rows[0]?.data).toMatchObject({ ip: '127.0.0.1' });
    expect(password).toBeTruthy();

    const created = await client.post('/api/v1/auth/tokens', { name: 'integration' });
    const { id, token } = created.json() as { id: string; token: string };
    for (let i = 0; i < 3; i++) {
      const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
      expect(me.statusCode).toBe(200);
      // Even when the token was last touched long ago, the use is written once an hour at most.
      await t.app.prisma.apiToken.update({ where: { id }, data: { lastUsedAt: new Date(Date.now() - 3_600_000) } });
    }
    expect(await t.app.prisma.auditLog.count({ where: { action: 'api_token.use', entityId: id } })).toBe(1);
  });
});
