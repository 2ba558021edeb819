import { describe, expect, it } from 'vitest';
import { Client, errorOf, signedInClient, useTestApp } from '../../test/app';

const t = useTestApp();

async function tokenFor(client: Client, name = 'Export') {
  const created = await client.post('/api/v1/auth/tokens', { name });
  expect(created.statusCode).toBe(201);
  return (created.json() as { token: string }).token;
}

const withToken = (token: string, url = '/api/v1/auth/me') =>
  t.app.inject({ url, headers: { authorization: `Bearer ${token}` } });

describe('API tokens end with the password that made them', () => {
  it('a password change revokes every token', async () => {
    const { client, password } = await signedInClient(t.app);
    const token = await tokenFor(client);
    expect((await withToken(token)).statusCode).toBe(200);

    const changed = await client.post('/api/v1/auth/password', {
      currentPassword: password,
      newPassword: 'ett nytt långt lösenord',
    });
    expect(changed.statusCode).toBe(204);
    expect((await withToken(token)).statusCode).toBe(401);
  });

  it('a password reset revokes every token', async () => {
    const { client, user } = await signedInClient(t.app);
    const token = await tokenFor(client);
    await new Client(t.app).post('/api/v1/auth/password-reset/request', { email: user.email });
    await t.app.jobs.runDue();
    const mail = await t.app.prisma.outboundEmail.findFirstOrThrow({ where: { to: user.email } });
    const resetToken = /reset-password\?token=([\w-]+)/.exec(mail.text)?.[1] ?? '';
    const reset = await new Client(t.app).post('/api/v1/auth/password-reset', {
      token: resetToken,
      password: 'ett helt nytt lösenord',
    });
    expect(reset.statusCode).toBe(204);
    expect((await withToken(token)).statusCode).toBe(401);
  });
});

describe('creating a token', () => {
  it('needs a signed-in session: a token cannot make more tokens', async () => {
    const { client, user } = await signedInClient(t.app);
    const token = await tokenFor(client);
    const more = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'Ännu en' },
    });
    expect(more.statusCode).toBe(403);
    expect(errorOf(more.body).code).toBe('FORBIDDEN');
    expect(await t.app.prisma.apiToken.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe('sign out everywhere', () => {
  it('ends every other session and revokes every token, and keeps this session', async () => {
    const first = await signedInClient(t.app);
    const second = new Client(t.app);
    await second.post('/api/v1/auth/login', { email: first.user.email, password: first.password });
    const tokens = [await tokenFor(first.client, 'A'), await tokenFor(first.client, 'B')];

    const ended = await first.client.post('/api/v1/auth/sessions/end-others');
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toEqual({ sessionsEnded: 1, tokensRevoked: 2 });
    expect((await first.client.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await second.get('/api/v1/auth/me')).statusCode).toBe(401);
    for (const token of tokens) expect((await withToken(token)).statusCode).toBe(401);
    const audited = await t.app.prisma.auditLog.count({
      where: { actorId: first.user.id, action: 'user.sign_out_everywhere' },
    });
    expect(audited).toBe(1);
  });
});

describe('the token list', () => {
  it('pages through every token instead of stopping at 100', async () => {
    const { client, user } = await signedInClient(t.app);
    await t.app.prisma.apiToken.createMany({
      data: Array.from({ length: 105 }, (_, n) => ({
        userId: user.id,
        name: `Nyckel ${n}`,
        prefix: 'mp_xxxxxxx',
        tokenHash: `${user.id}-${n}`,
      })),
    });
    const first = (await client.get('/api/v1/auth/tokens?pageSize=100')).json() as { items: unknown[]; total: number };
    expect(first.total).toBe(105);
    expect(first.items).toHaveLength(100);
    const second = (await client.get('/api/v1/auth/tokens?page=2&pageSize=100')).json() as { items: unknown[] };
    expect(second.items).toHaveLength(5);
  });
});
