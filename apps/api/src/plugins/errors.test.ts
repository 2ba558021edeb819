import { randomUUID } from 'node:crypto';
import { ErrorEnvelope } from '@motesplats/contracts';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../db/seed/factories';
import { createTestApp, type TestApp } from '../test/app';

// The error handler against the real app and a real PostgreSQL: the routes below exist only on
// this test's app instance, and each fails the way a bug or a race in a real route would.

interface LogLine {
  level: number;
  reqId?: string;
  msg?: string;
  err?: { type?: string; message?: string; stack?: string };
}

const SECRET = 'connection to 10.0.0.7 refused; password=hunter2';
const logged: LogLine[] = [];
let t: TestApp;
let takenEmail: string;
/** The routes this file adds are not in lib/access.ts; they say so themselves. */
const publicRoute = { config: { access: 'public' as const } };

beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line) as LogLine) });
  t = await createTestApp(
    { LOG_LEVEL: 'info' },
    {
      loggerInstance: logger,
      beforeReady(app) {
        app.get('/api/v1/test-only/throws', publicRoute, async () => {
          throw new Error(SECRET);
        });
        app.get('/api/v1/test-only/throws-non-error', publicRoute, async () => {
          // Something a library might throw: not an Error, no stack, no status.
          throw { reason: SECRET };
        });
        app.get('/api/v1/test-only/client-error', publicRoute, async () => {
          throw Object.assign(new Error('The gateway refused this'), { statusCode: 422 });
        });
        app.post('/api/v1/test-only/duplicate-user', publicRoute, async () =>
          app.prisma.user.create({ data: { email: takenEmail, name: 'Dubblett', passwordHash: 'x' } }),
        );
        app.post('/api/v1/test-only/rename-missing-user', publicRoute, async () =>
          app.prisma.user.update({ where: { id: randomUUID() }, data: { name: 'Ingen' } }),
        );
        app.post('/api/v1/test-only/membership-of-missing-user', publicRoute, async () => {
          const organisation = await app.prisma.organisation.findFirst({ select: { id: true } });
          return app.prisma.membership.create({
            data: { userId: randomUUID(), organisationId: organisation?.id ?? randomUUID(), role: 'MEMBER' },
          });
        });
        app.get('/api/v1/test-only/bad-sql', publicRoute, async () =>
          app.prisma.$queryRawUnsafe('SELECT * FROM "NoSuchTable"'),
        );
      },
    },
  );
  takenEmail = (await createUser(t.app.prisma)).user.email;
});
afterAll(async () => t?.close());

async function call(method: 'GET' | 'POST', url: string) {
  const response = await t.app.inject({ method, url });
  return { response, body: ErrorEnvelope.parse(response.json()) };
}

/** What the app logged at level error or above while answering the request. */
const errorsLoggedFor = (requestId: string) => logged.filter((l) => l.reqId === requestId && l.level >= 50);

describe('an unexpected error', () => {
  it('answers 500 with the envelope and nothing of the error itself', async () => {
    const { response, body } = await call('GET', '/api/v1/test-only/throws');
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(body.error).toEqual({
      code: 'INTERNAL',
      message: 'Something went wrong on our side. Please try again later.',
    });
    expect(body.requestId).toBe(response.headers['x-request-id']);
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('10.0.0.7');
    expect(response.body).not.toMatch(/stack|errors\.test|at .*\(/);
  });

  it('is logged once, with the request id the client was given and the whole error', async () => {
    const { body } = await call('GET', '/api/v1/test-only/throws');
    const lines = errorsLoggedFor(body.requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.err?.message).toBe(SECRET);
    expect(lines[0]?.err?.stack).toContain('errors.test.ts');
  });

  it('that is not even an Error still gets the envelope and is logged', async () => {
    const { response, body } = await call('GET', '/api/v1/test-only/throws-non-error');
    expect(response.statusCode).toBe(500);
    expect(body.error.code).toBe('INTERNAL');
    expect(response.body).not.toContain('hunter2');
    expect(errorsLoggedFor(body.requestId)).toHaveLength(1);
  });

  it('that carries a 4xx status keeps it, with the envelope, and is not logged as a failure', async () => {
    const { response, body } = await call('GET', '/api/v1/test-only/client-error');
    expect(response.statusCode).toBe(422);
    expect(body.error).toEqual({ code: 'BAD_REQUEST', message: 'The gateway refused this' });
    expect(errorsLoggedFor(body.requestId)).toEqual([]);
  });
});

describe('database errors', () => {
  it('a unique key taken by a concurrent write answers 409 without naming the table or the key', async () => {
    const { response, body } = await call('POST', '/api/v1/test-only/duplicate-user');
    expect(response.statusCode).toBe(409);
    expect(body.error).toEqual({ code: 'CONFLICT', message: 'That conflicts with something that already exists' });
    expect(response.body).not.toContain(takenEmail);
    expect(response.body).not.toMatch(/User_email_key|P2002|prisma|constraint/i);
    expect(errorsLoggedFor(body.requestId)).toEqual([]);
    // Nothing was written: the address still has its one account.
    expect(await t.app.prisma.user.count({ where: { email: takenEmail } })).toBe(1);
  });

  it('a row that is gone by the time it is written answers 404', async () => {
    const { response, body } = await call('POST', '/api/v1/test-only/rename-missing-user');
    expect(response.statusCode).toBe(404);
    expect(body.error).toEqual({ code: 'NOT_FOUND', message: 'What you asked for was not found' });
    expect(response.body).not.toMatch(/P2025|prisma/i);
  });

  it('any other database error is a 500 that hides the database and is logged', async () => {
    for (const [method, url] of [
      ['POST', '/api/v1/test-only/membership-of-missing-user'],
      ['GET', '/api/v1/test-only/bad-sql'],
    ] as const) {
      const { response, body } = await call(method, url);
      expect(response.statusCode, url).toBe(500);
      expect(body.error.code).toBe('INTERNAL');
      expect(response.body).not.toMatch(/Membership|NoSuchTable|foreign key|relation|SELECT|P20\d\d|prisma/i);
      expect(errorsLoggedFor(body.requestId), url).toHaveLength(1);
    }
  });
});
