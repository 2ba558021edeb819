import { ErrorEnvelope } from '@motesplats/contracts';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accessKey } from './lib/access';
import { FORBIDDEN } from './plugins/hostile-text';
import { createTestApp, type TestApp } from './test/app';
import { makeRouteCases, type RouteCase } from './test/route-cases';

/*
 * Hostile input, as properties: every write route's valid body (test/route-cases.ts) is bent
 * out of shape by fast-check (wrong types, missing and extra fields, huge strings and arrays,
 * deep nesting, unicode edge cases, SQL and HTML) and sent by an administrator, who gets past
 * every access check and so reaches the contract. The route's own zod schema is the oracle:
 * what the contract (or the control-character rule) refuses must get a 4xx with the envelope and
 * no stack trace, and leave every table as it was (row count and checksum); what it accepts may
 * succeed but never gets a 5xx. Malformed JSON and wrong content types go to every write route.
 */

const RUNS_PER_ROUTE = 6;
const SEED = 20261205;

let testApp: TestApp;
beforeAll(async () => {
  // No background jobs (they would change tables while the refused requests are compared), and
  // no load shedding on the heap: the huge values the properties make fill it for a while, and
  // load shedding has its own test (bounded-waits.test.ts).
  testApp = await createTestApp({ IDEA_RATE_LIMIT: '100000', JOB_WORKER: 'false', MAX_HEAP_USED_MB: '100000' });
}, 60_000);
afterAll(async () => testApp?.close());

/** Row count and checksum of every table but the rate limiter's (which counts every request). */
async function snapshot(): Promise<Record<string, string>> {
  const db = testApp.app.prisma;
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'RateLimit'
    ORDER BY table_name`;
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM "${name}" t`,
    )
    .join(' UNION ALL ');
  const rows = await db.$queryRawUnsafe<{ name: string; sum: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const NASTY_TEXT = [
  `'; DROP TABLE "User"; --`,
  `1' OR '1'='1`,
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  'Hyresgäst\u202Egnp.exe',
  'Gård\u0000en',
  'Noll\u200Bbredd\u200D',
  '\uFEFFBOM',
  '👩‍👩‍👧‍👦🏳️‍🌈 Gemensam odling',
  'e\u0301\u0301\u0301',
  '\uD800 ensam surrogat',
  'مرحبا \u200F بالجيران',
  'Ring\u0007klocka',
  '../../../etc/passwd',
  '%00%27',
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.constantFrom('å'.repeat(60_000), 'x'.repeat(250_000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom({}, [], { $gt: '' }, ['a', 'b'], [1, 2, 3]),
  fc.constant(Array.from({ length: 3000 }, (_, i) => `x${i}`)),
  fc.integer({ min: 50, max: 2000 }).map(nested),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation = { key: string; op: 'set' | 'delete' } & { value: unknown };

function mutate(base: Record<string, unknown>, m: Mutation): Record<string, unknown> {
  const body = { ...base };
  if (m.op === 'delete') delete body[m.key];
  else body[m.key] = m.value;
  return body;
}

function isPlainBody(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && !Buffer.isBuffer(body);
}

function hasForbidden(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === 'string') return FORBIDDEN.test(value);
  if (Array.isArray(value)) return value.some((v) => hasForbidden(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => FORBIDDEN.test(k) || hasForbidden(v, depth + 1));
  }
  return false;
}

function expectRefusal(label: string, response: LightMyRequestResponse) {
  expect(response.statusCode, `${label}: ${response.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, `${label}: ${response.body.slice(0, 200)}`).toBeLessThan(500);
  expect(ErrorEnvelope.safeParse(response.json()).success, label).toBe(true);
  expect(response.body, label).not.toMatch(/\.(ts|js|mjs):\d+|\n\s+at /);
}

/** Routes whose accepted bodies would end or replace the administrator's own session. */
const OWN_SESSION = new Set([
  'POST /api/v1/auth/register',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/sessions/end-others',
]);

describe('hostile input to every write route', () => {
  it('what the contracts refuse gets a 4xx with the envelope and changes nothing; nothing gets a 5xx', async () => {
    const { app } = testApp;
    const { cases, clients } = await makeRouteCases(app);
    const admin = clients.admin;
    const writes = app.apiRoutes
      .filter((r) => r.method !== 'GET')
      .map((r) => ({ ...r, key: accessKey(r.method, r.url), case: cases[accessKey(r.method, r.url)] }))
      .filter((r): r is typeof r & { case: RouteCase } => r.case !== undefined);
    expect(writes.length).toBeGreaterThan(40);

    let tried = 0;
    let refused = 0;
    let routesWithBodies = 0;
    const sender = (route: (typeof writes)[number]) => (payload: string, contentType: string) =>
      admin.request({
        method: route.method as 'POST',
        url: route.case.url,
        payload,
        headers: { 'content-type': contentType },
      });

    // 1. What must be refused, every route in turn; the database is compared once, before and after.
    const before = await snapshot();
    for (const route of writes) {
      const send = sender(route);
      if (route.key !== 'POST /api/v1/labs/:id/diary-images') {
        for (const [payload, type] of [
          ['{"title": "utan slut', 'application/json'],
          ['title=x&body=y', 'application/x-www-form-urlencoded'],
          ['<xml>x</xml>', 'text/xml'],
        ] as const) {
          expectRefusal(`${route.key} ${type} ${payload}`, await send(payload, type));
          tried++;
          refused++;
        }
      }
      const schema = route.body as z.ZodType | undefined;
      const base = route.case.body;
      if (!schema || typeof schema.safeParse !== 'function' || !isPlainBody(base)) continue;
      routesWithBodies++;
      const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
      const keys = [...new Set([...Object.keys(base), ...Object.keys(shape ?? {}), 'extra', 'organisationId', 'role'])];
      const mutation = fc.record({
        key: fc.constantFrom(...keys),
        op: fc.constantFrom('set', 'set', 'set', 'delete') as fc.Arbitrary<'set' | 'delete'>,
        value: hostileValue,
      });
      const isRefused = (body: unknown) => hasForbidden(body) || !schema.safeParse(body).success;
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 3 }).filter((ms) => isRefused(ms.reduce(mutate, base))),
          async (ms) => {
            const body = ms.reduce(mutate, base);
            expectRefusal(
              `${route.key} ${JSON.stringify(ms).slice(0, 200)}`,
              await send(JSON.stringify(body), 'application/json'),
            );
            tried++;
            refused++;
          },
        ),
        { numRuns: RUNS_PER_ROUTE, seed: SEED },
      );
    }
    const after = await snapshot();
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    expect(changed, 'tables changed by refused requests').toEqual([]);

    // 2. What the contracts accept, nasty text in a text field included: never a 5xx.
    for (const route of writes) {
      const base = route.case.body;
      if (!route.body || !isPlainBody(base) || OWN_SESSION.has(route.key)) continue;
      const text = Object.keys(base).filter((key) => typeof base[key] === 'string');
      if (text.length === 0) continue;
      const send = sender(route);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...text), fc.constantFrom(...NASTY_TEXT), async (key, nasty) => {
          const body = { ...base, [key]: `${String(base[key])} ${nasty}` };
          const response = await send(JSON.stringify(body), 'application/json');
          tried++;
          const label = `${route.key} ${key}=${JSON.stringify(nasty)}: ${response.body.slice(0, 200)}`;
          expect(response.statusCode, label).toBeLessThan(500);
          if (response.statusCode >= 400) expectRefusal(label, response);
        }),
        { numRuns: 2, seed: SEED },
      );
    }
    // eslint-disable-next-line no-console -- the figures the report quotes
    console.info(
      `hostile input: ${writes.length} write routes, ${routesWithBodies} with bodies, ${tried} requests, ${refused} refused`,
    );
    expect(routesWithBodies).toBeGreaterThan(30);
  }, 240_000);
});
