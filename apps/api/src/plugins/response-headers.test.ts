import { describe, expect, it } from 'vitest';
import { Client, createTestApp, signedInClient, useTestApp } from '../test/app';

const t = useTestApp();

describe('response headers', () => {
  it('keep what a signed-in person is answered out of every cache', async () => {
    const { client } = await signedInClient(t.app);
    const me = await client.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');

    const anonymous = await new Client(t.app).get('/api/v1/challenges');
    expect(anonymous.headers['cache-control']).toBeUndefined();
  });

  it('keep a new session out of caches too', async () => {
    const registered = await new Client(t.app).post('/api/v1/auth/register', {
      email: `cache-${Math.random().toString(36).slice(2)}@example.se`,
      password: 'ett långt lösenord 42',
      name: 'Ny Användare',
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.headers['cache-control']).toBe('no-store');
  });

  it('deny the browser features the app never uses', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.headers['permissions-policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
  });
});

describe('the API documentation', () => {
  it('is served outside production and not in production unless asked for', async () => {
    expect((await t.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(200);
    for (const [env, status] of [
      [{ NODE_ENV: 'production' }, 404],
      [{ NODE_ENV: 'production', API_DOCS: 'true' }, 200],
    ] as const) {
      const app = await createTestApp(env);
      try {
        expect((await app.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(status);
        expect((await app.app.inject({ url: '/api/docs' })).statusCode).toBe(status);
      } finally {
        await app.close();
      }
    }
  });
});
