import { ErrorEnvelope, Me, SessionProbe } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../lib/tokens';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

let counter = 0;
const uniqueEmail = () => `person${Date.now()}${counter++}@example.org`;
const errorOf = (body: string) => ErrorEnvelope.parse(JSON.parse(body)).error;

describe('register', () => {
  it('creates the account, signs in with an httpOnly SameSite cookie and answers Me', async () => {
    const client = new Client(t.app);
    const email = uniqueEmail();
    const response = await client.post('/api/v1/auth/register', {
      email,
      password: 'ett långt lösenord',
      name: 'Anna Berg',
    });
    expect(response.statusCode).toBe(201);
    const me = Me.parse(response.json());
    expect(me.user).toMatchObject({ email, name: 'Anna Berg', platformRole: 'USER', locale: 'sv' });
    expect(me.csrfToken).toBeTruthy();
    const cookie = response.headers['set-cookie'] as string;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/v1/auth/me')).json()).toMatchObject({ user: { email } });
  });

  it('stores an argon2id hash, never the password', async () => {
    const email = uniqueEmail();
    await new Client(t.app).post('/api/v1/auth/register', { email, password: 'ett långt lösenord', name: 'B' });
    const user = await t.app.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain('ett långt lösenord');
  });

  it('refuses an address that is taken, whatever its case', async () => {
    const email = uniqueEmail();
    await new Client(t.app).post('/api/v1/auth/register', { email, password: 'ett långt lösenord', name: 'A' });
    const again = await new Client(t.app).post('/api/v1/auth/register', {
      email: email.toUpperCase(),
      password: 'ett annat långt lösenord',
      name: 'B',
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again.body).code).toBe('EMAIL_TAKEN');
    expect(await t.app.prisma.user.count({ where: { email } })).toBe(1);
  });

  it('answers 400 with the invalid fields and creates nothing', async () => {
    const email = uniqueEmail();
    const response = await new Client(t.app).post('/api/v1/auth/register', { email, password: 'kort', name: '' });
    expect(response.statusCode).toBe(400);
    const error = errorOf(response.body);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.issues?.map((i) => i.path.join('.')).sort()).toEqual(['name', 'password']);
    expect(await t.app.prisma.user.count({ where: { email } })).toBe(0);
  });
});

describe('login and logout', () => {
  it('answers the same 401 for a wrong password and an unknown address', async () => {
    const { user } = await signedInClient(t.app);
    const wrong = await new Client(t.app).post('/api/v1/auth/login', { email: user.email, password: 'fel lösenord!' });
    const unknown = await new Client(t.app).post('/api/v1/auth/login', {
      email: uniqueEmail(),
      password: 'fel lösenord!',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(wrong.body)).toEqual(errorOf(unknown.body));
  });

  it('rotates the session at sign-in: the cookie from before no longer works', async () => {
    const { client, user, password } = await signedInClient(t.app);
    const before = client.cookie;
    await client.post('/api/v1/auth/login', { email: user.email, password });
    expect(client.cookie).not.toBe(before);
    const old = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: before ?? '' } });
    expect(old.statusCode).toBe(401);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('signs out: the session is gone on the server, not only in the browser', async () => {
    const { client } = await signedInClient(t.app);
    const cookie = client.cookie ?? '';
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const replay = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(replay.statusCode).toBe(401);
    expect(errorOf(replay.body).code).toBe('UNAUTHENTICATED');
  });

  it('an expired session is not accepted', async () => {
    const { client, user } = await signedInClient(t.app);
    await t.app.prisma.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('the session probe', () => {
  it('answers a visitor 200 with no one, and a signed-in reader with who they are, never cached', async () => {
    const visitor = await new Client(t.app).get('/api/v1/auth/session');
    expect(visitor.statusCode).toBe(200);
    expect(SessionProbe.parse(visitor.json())).toEqual({ me: null });
    expect(visitor.headers['cache-control']).toBe('no-store');

    const { client, user } = await signedInClient(t.app);
    const reader = await client.get('/api/v1/auth/session');
    expect(reader.statusCode).toBe(200);
    const { me } = SessionProbe.parse(reader.json());
    expect(me?.user.email).toBe(user.email);
    expect(me?.csrfToken).toBeTruthy();
    expect(reader.headers['cache-control']).toBe('no-store');

    await client.post('/api/v1/auth/logout');
    expect(SessionProbe.parse((await client.get('/api/v1/auth/session')).json())).toEqual({ me: null });
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token and changes nothing', async () => {
    const { client, user } = await signedInClient(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: { cookie: client.cookie ?? '' },
      payload: { name: 'Integration' },
    });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response.body).code).toBe('CSRF_TOKEN_INVALID');
    const forged = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie: client.cookie ?? '', 'x-csrf-token': 'guessed' },
      payload: { name: 'Mallory' },
    });
    expect(forged.statusCode).toBe(403);
    expect(await t.app.prisma.apiToken.count({ where: { userId: user.id } })).toBe(0);
    expect((await t.app.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).name).not.toBe('Mallory');
  });
});

describe('API tokens', () => {
  it('is shown once, stored hashed, works as Bearer without CSRF, and stops working when revoked', async () => {
    const { client, user } = await signedInClient(t.app);
    const created = await client.post('/api/v1/auth/tokens', { name: 'Statistik-export' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    expect(token).toMatch(/^mp_/);

    const listed = await client.get('/api/v1/auth/tokens');
    expect(listed.body).not.toContain(token);
    const stored = await t.app.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(sha256(token));

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json()).toMatchObject({ user: { id: user.id }, csrfToken: null });
    const write = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: bearer,
      payload: { locale: 'en' },
    });
    expect(write.statusCode).toBe(200);

    expect((await client.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(204);
    const revoked = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(revoked.statusCode).toBe(401);
  });

  it('another user cannot revoke my token', async () => {
    const owner = await signedInClient(t.app);
    const other = await signedInClient(t.app);
    const { id } = (await owner.client.post('/api/v1/auth/tokens', { name: 'Mitt' })).json() as { id: string };
    expect((await other.client.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(404);
    expect((await t.app.prisma.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it('a malformed Authorization header is a 401, not an anonymous request', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/labs',
      headers: { authorization: 'Basic abc' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('password reset', () => {
  const mailsTo = async (to: string) => {
    await t.app.jobs.runDue();
    return t.app.prisma.outboundEmail.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });
  };
  const tokenIn = (text: string) => /reset-password\?token=([\w-]+)/.exec(text)?.[1] ?? '';

  it('answers the same for unknown addresses and sends nothing', async () => {
    const email = uniqueEmail();
    const response = await new Client(t.app).post('/api/v1/auth/password-reset/request', { email });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ accepted: true });
    expect(await mailsTo(email)).toHaveLength(0);
  });

  it('e-mails a single-use link that sets a new password and signs out every session', async () => {
    const { client, user } = await signedInClient(t.app);
    await new Client(t.app).post('/api/v1/auth/password-reset/request', { email: user.email });
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toContain('Återställ');
    expect(mail?.text).toContain('http://motesplats.test/reset-password?token=');
    const token = tokenIn(mail?.text ?? '');

    const reset = await new Client(t.app).post('/api/v1/auth/password-reset', {
      token,
      password: 'ett helt nytt lösenord',
    });
    expect(reset.statusCode).toBe(204);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
    const login = await new Client(t.app).post('/api/v1/auth/login', {
      email: user.email,
      password: 'ett helt nytt lösenord',
    });
    expect(login.statusCode).toBe(200);

    const reuse = await new Client(t.app).post('/api/v1/auth/password-reset', {
      token,
      password: 'ännu ett nytt lösenord',
    });
    expect(reuse.statusCode).toBe(400);
    expect(errorOf(reuse.body).code).toBe('TOKEN_INVALID');
  });

  it('an expired link does not work', async () => {
    const { user, password } = await signedInClient(t.app);
    await new Client(t.app).post('/api/v1/auth/password-reset/request', { email: user.email });
    const [mail] = await mailsTo(user.email);
    await t.app.prisma.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const reset = await new Client(t.app).post('/api/v1/auth/password-reset', {
      token: tokenIn(mail?.text ?? ''),
      password: 'ett helt nytt lösenord',
    });
    expect(reset.statusCode).toBe(400);
    const login = await new Client(t.app).post('/api/v1/auth/login', { email: user.email, password });
    expect(login.statusCode).toBe(200);
  });
});

describe('my account', () => {
  it('changes language and name', async () => {
    const { client } = await signedInClient(t.app);
    const response = await client.patch('/api/v1/auth/me', { locale: 'en', name: 'Sara Lind' });
    expect(Me.parse(response.json()).user).toMatchObject({ locale: 'en', name: 'Sara Lind' });
  });

  it('changing the password needs the current one and signs out the other sessions', async () => {
    const first = await signedInClient(t.app);
    const second = new Client(t.app);
    await second.post('/api/v1/auth/login', { email: first.user.email, password: first.password });

    const wrong = await first.client.post('/api/v1/auth/password', {
      currentPassword: 'inte rätt',
      newPassword: 'nytt lösenord 123',
    });
    expect(wrong.statusCode).toBe(400);
    expect((await second.get('/api/v1/auth/me')).statusCode).toBe(200);

    const ok = await first.client.post('/api/v1/auth/password', {
      currentPassword: first.password,
      newPassword: 'nytt lösenord 123',
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.client.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await second.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('lists my sessions and signs out another one', async () => {
    const first = await signedInClient(t.app);
    const second = new Client(t.app);
    await second.post('/api/v1/auth/login', { email: first.user.email, password: first.password });
    const sessions = (await first.client.get('/api/v1/auth/sessions')).json() as {
      items: { id: string; current: boolean }[];
    };
    expect(sessions.items).toHaveLength(2);
    const other = sessions.items.find((s) => !s.current);
    expect((await first.client.delete(`/api/v1/auth/sessions/${other?.id}`)).statusCode).toBe(204);
    expect((await second.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('rate limits on the auth routes', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ AUTH_RATE_LIMIT: '3' });
  });
  afterAll(async () => limited?.close());

  it('answers 429 with Retry-After once a client has used up its attempts', async () => {
    const attempt = () =>
      limited.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'x@example.org', password: 'fel' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await attempt();
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(errorOf(blocked.body).code).toBe('RATE_LIMITED');
    // Other routes are not limited by it.
    expect((await limited.app.inject({ method: 'GET', url: '/api/v1/labs' })).statusCode).toBe(200);
  });
});
