import { ErrorEnvelope, type Me, type OrganisationKind } from '@motesplats/contracts';
import type { FastifyBaseLogger, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type App } from '../app';
import { parseConfig } from '../config';
import { createMembership, createOrganisation, createUser } from '../db/seed/factories';
import { createTestDatabase } from './database';

export interface TestApp {
  app: App;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Where the app logs, for tests that read what it logged. */
  loggerInstance?: FastifyBaseLogger;
  /** Runs before the app is ready: the only moment a test can add routes of its own. */
  beforeReady?: (app: App) => void | Promise<void>;
}

/** The real app on a database of its own; `env` overrides configuration for one test file. */
export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://motesplats.test',
    WEB_DIST_DIR: '/nonexistent',
    COOKIE_SECRET: 'a-test-secret-that-signs-cookies-0123456789',
    AUTH_RATE_LIMIT: '1000',
    WRITE_RATE_LIMIT: '100000',
    // Test files share a few cores, whose stalls are not what they test; load shedding has its
    // own test (bounded-waits.test.ts). Off, not merely high: @fastify/under-pressure reads a
    // second without a single loop sample (a starved process) as an infinite delay.
    MAX_EVENT_LOOP_DELAY_MS: '0',
    ...env,
  });
  const app = await buildApp(config, {
    databaseUrl: database.url,
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : {}),
  });
  await options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** One app for the test file, built before its tests and closed after them. */
export function useTestApp(env: Record<string, string> = {}): { readonly app: App } {
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testApp = await createTestApp(env);
  });
  afterAll(async () => testApp?.close());
  return {
    get app() {
      if (!testApp) throw new Error('The test app is built in beforeAll');
      return testApp.app;
    },
  };
}

/** The error of an error answer, checked against the envelope. */
export const errorOf = (body: string) => ErrorEnvelope.parse(JSON.parse(body)).error;

/** A browser-like client: keeps the session cookie and echoes the CSRF token on writes. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | null = null;

  constructor(private readonly app: App) {}

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({ ...options, headers });
    const setCookie = response.cookies.find((c) => c.name.endsWith('motesplats_session'));
    if (setCookie) this.cookie = setCookie.value ? `${setCookie.name}=${setCookie.value}` : undefined;
    if (response.statusCode < 300 && String(response.headers['content-type']).includes('json')) {
      const body = response.json() as Partial<Me>;
      if (body.csrfToken !== undefined && body.user) this.csrfToken = body.csrfToken;
    }
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  }
  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as object });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}

/** A new user (from the shared factory), signed in through the real login route. */
export async function signedInClient(
  app: App,
  overrides: Parameters<typeof createUser>[1] = {},
): Promise<{ client: Client; user: { id: string; email: string }; password: string }> {
  const { user, password } = await createUser(app.prisma, overrides);
  const client = new Client(app);
  const response = await client.post('/api/v1/auth/login', { email: user.email, password });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return { client, user, password };
}

/**
 * An organisation of `kind` with a signed-in owner and member, the owner of another
 * organisation of the same kind (an outsider), a curator and an anonymous client.
 */
export async function organisationCast(app: App, kind: OrganisationKind) {
  const organisation = await createOrganisation(app.prisma, { kind });
  const other = await createOrganisation(app.prisma, { kind });
  const [owner, member, outsider, curator] = [
    await signedInClient(app),
    await signedInClient(app),
    await signedInClient(app),
    await signedInClient(app, { platformRole: 'CURATOR' }),
  ];
  await createMembership(app.prisma, { organisationId: organisation.id, userId: owner.user.id, role: 'OWNER' });
  await createMembership(app.prisma, { organisationId: organisation.id, userId: member.user.id, role: 'MEMBER' });
  await createMembership(app.prisma, { organisationId: other.id, userId: outsider.user.id, role: 'OWNER' });
  return {
    organisation,
    other,
    owner: owner.client,
    member: member.client,
    outsider: outsider.client,
    curator: curator.client,
    anonymous: new Client(app),
    users: { owner: owner.user, member: member.user, outsider: outsider.user, curator: curator.user },
  };
}
