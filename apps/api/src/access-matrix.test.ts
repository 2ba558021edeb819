import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS, accessKey, type Access } from './lib/access';
import { createTestApp, errorOf, type TestApp } from './test/app';
import { makeRouteCases, ROLES, type Outcome, type Role } from './test/route-cases';

/*
 * The authorization matrix: every API route the app has (collected from Fastify's own route
 * table with an onRoute hook) × every kind of caller (test/route-cases.ts), against what the
 * route's policy in lib/access.ts says each caller gets. One database, fixtures made once,
 * requests injected.
 */

function expected(access: Access, role: Role): Outcome {
  if (access === 'public' || access === 'local-or-admin') return 'ok';
  if (role === 'visitor') return 401;
  switch (access) {
    case 'session':
      return 'ok';
    case 'password-session':
      return role === 'token' ? 403 : 'ok';
    case 'member':
      // Others do not learn that another organisation's private things exist.
      return role === 'unverified' || role === 'other' ? 404 : 'ok';
    case 'owner':
      return role === 'member' || role === 'unverified' || role === 'other' || role === 'curator' ? 403 : 'ok';
    case 'curator':
      return role === 'curator' || role === 'admin' ? 'ok' : 403;
    case 'admin':
      return role === 'admin' ? 'ok' : 403;
  }
}

let testApp: TestApp;
const results: { key: string; role: Role; status: number; expected: Outcome }[] = [];

beforeAll(async () => {
  testApp = await createTestApp();
}, 60_000);

afterAll(async () => testApp?.close());

describe('authorization matrix', () => {
  it('every route the app has has a policy, and every role gets what the policy says', async () => {
    const { app } = testApp;
    // Collected by plugins/access.ts's onRoute hook as Fastify added them.
    const routes = app.apiRoutes;
    expect(routes.length).toBeGreaterThan(50);
    for (const { method, url } of routes) expect(ACCESS[accessKey(method, url)], `${method} ${url}`).toBeDefined();

    const { cases, clients, bearer } = await makeRouteCases(app);

    const optional = new Set(['GET /api/v1/dev/mail']);
    const keys = routes.map(({ method, url }) => accessKey(method, url));
    expect(keys.filter((key) => !cases[key] && !optional.has(key) && !key.startsWith('GET /api/docs'))).toEqual([]);

    const mismatches: string[] = [];
    for (const key of Object.keys(cases).filter((k) => keys.includes(k))) {
      const test = cases[key]!;
      const access = ACCESS[key]!;
      const method = key.split(' ')[0]!;
      let deleted = false;
      for (const role of ROLES) {
        const want = test.except?.[role] ?? expected(access, role);
        const headers: Record<string, string> = { ...test.headers };
        if (role === 'token') headers.authorization = `Bearer ${bearer}`;
        const body = test.body;
        const response: LightMyRequestResponse = await clients[role].request({
          method: method as 'GET',
          url: test.url,
          headers,
          ...(body === undefined ? {} : { payload: body as object }),
        });
        const status = response.statusCode;
        results.push({ key, role, status, expected: want });
        const refused = status === 401 || status === 403 || status === 404;
        // A DELETE that one caller already did leaves nothing for the next: 404 is fine then.
        const ok =
          status < 500 &&
          (want === 'ok' ? !refused || (deleted && status === 404) : status === want) &&
          (status < 400 || errorOf(response.body).code.length > 0);
        if (method === 'DELETE' && status < 300) deleted = true;
        if (!ok) mismatches.push(`${key} as ${role}: ${status} (expected ${want}) ${response.body.slice(0, 160)}`);
      }
    }
    // MATRIX_REPORT=<file> writes every answer, for reading the matrix as a table.
    if (process.env.MATRIX_REPORT) {
      const { writeFileSync } = await import('node:fs');
      const rows = [...new Set(results.map((r) => r.key))].map(
        (key) =>
          `${key.padEnd(62)} ${results
            .filter((r) => r.key === key)
            .map((r) => `${r.role}=${r.status}`)
            .join(' ')}`,
      );
      writeFileSync(process.env.MATRIX_REPORT, `${rows.join('\n')}\n`);
    }
    expect(mismatches).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(ROLES.length * 100);
  }, 240_000);
});
