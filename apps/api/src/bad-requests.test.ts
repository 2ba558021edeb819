import { ErrorEnvelope } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, signedInClient, type TestApp } from './test/app';

// Every route in the OpenAPI document, fed input it must refuse: each answer is a 4xx with
// the error envelope (or a success where the route takes no input), never a 5xx.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
}

const BAD_BODIES: unknown[] = [
  {},
  { unexpected: ['x'] },
  [],
  'text',
  42,
  null,
  { email: 7, name: { a: 1 }, role: 'KING' },
];

function withParams(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, value);
}

describe('bad requests to every route', () => {
  it('get a 4xx with the error envelope, never a 500, whoever sends them', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const signedIn = (await signedInClient(t.app)).client;
    const anonymous = new Client(t.app);
    const operations = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThan(20);

    const failures: string[] = [];
    let refused = 0;
    for (const { path, method, op } of operations) {
      const hasInput =
        path.includes('{') || op.requestBody !== undefined || (op.parameters ?? []).some((p) => p.in === 'query');
      const urls = path.includes('{')
        ? [withParams(path, 'not-a-valid-id'), withParams(path, '%00'), withParams(path, 'x'.repeat(300))]
        : [`${path}?page=-1&pageSize=zero&focusArea=WEATHER&kind=X`];
      const bodies = op.requestBody !== undefined ? BAD_BODIES : [undefined];
      for (const client of [anonymous, signedIn]) {
        for (const url of urls) {
          for (const payload of bodies) {
            const response = await client.request({
              method: method.toUpperCase() as 'GET',
              url,
              ...(payload === undefined
                ? {}
                : { payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } }),
            });
            const label = `${method.toUpperCase()} ${url} ${JSON.stringify(payload)}`;
            if (response.statusCode >= 500) failures.push(`${label} → ${response.statusCode} ${response.body}`);
            else if (response.statusCode >= 400) {
              refused++;
              if (!ErrorEnvelope.safeParse(response.json()).success)
                failures.push(`${label} → no envelope: ${response.body}`);
            } else if (hasInput && method !== 'get') {
              failures.push(`${label} → accepted with ${response.statusCode}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(100);
  });
});
