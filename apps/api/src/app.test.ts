import { ErrorEnvelope } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClient, type TestApp } from './test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '2048' });
});
afterAll(async () => t?.close());

const envelope = (body: string) => ErrorEnvelope.parse(JSON.parse(body));

describe('health', () => {
  it('answers that the process is up and the database is reachable', async () => {
    expect((await t.app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/api/ready' })).json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('bad requests get the error envelope, never a 500', () => {
  it('unknown route', async () => {
    const response = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(envelope(response.body).error.code).toBe('NOT_FOUND');
    expect(response.headers['x-request-id']).toBe(envelope(response.body).requestId);
  });

  it('malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(envelope(response.body).error.code).toBe('BAD_REQUEST');
  });

  it('unsupported content type', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(response.statusCode).toBe(415);
    expect(envelope(response.body).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a body over the limit', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'a@example.org', password: 'x'.repeat(4000), name: 'A' },
    });
    expect(response.statusCode).toBe(413);
    expect(envelope(response.body).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a malformed id in the address is not found, as an unknown one is, whatever the method', async () => {
    const { client } = await signedInClient(t.app);
    for (const response of [
      await client.get('/api/v1/organisations/not-a-uuid'),
      await client.get('/api/v1/challenges/does-not-exist'),
      await client.get('/api/v1/matches/123'),
      await client.patch('/api/v1/offerings/not-a-uuid', { title: 'x', version: 1 }),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(envelope(response.body).error.code).toBe('NOT_FOUND');
    }
  });

  it('an invalid query', async () => {
    const { client } = await signedInClient(t.app);
    const query = await client.get('/api/v1/labs?pageSize=100000&focusArea=WEATHER');
    expect(query.statusCode).toBe(400);
    expect(
      envelope(query.body)
        .error.details?.issues?.map((i) => i.path[0])
        .sort(),
    ).toEqual(['focusArea', 'pageSize']);
  });
});

describe('security headers', () => {
  it('sets a content security policy and forbids framing', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('OpenAPI', () => {
  it('documents every API route with its schemas', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = t.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .filter((line) => line.includes('/api/v1/'));
    expect(routes.length).toBeGreaterThan(0);
    for (const expected of [
      'POST /api/v1/auth/register',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'GET /api/v1/auth/me',
      'POST /api/v1/organisations',
      'GET /api/v1/organisations',
      'GET /api/v1/organisations/{id}',
      'POST /api/v1/organisations/{id}/invitations',
      'POST /api/v1/invitations/accept',
      'GET /api/v1/labs',
    ]) {
      expect(documented).toContain(expected);
    }
    expect(doc.paths['/api/v1/auth/register']?.post?.responses).toHaveProperty('201');
    expect(doc.paths['/api/v1/auth/register']?.post?.responses).toHaveProperty('400');
  });

  it('serves the documentation UI', async () => {
    const response = await t.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});
