import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OrganisationList } from '@motesplats/contracts';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from './db/prisma';
import { createMembership, createOrganisation, createUser } from './db/seed/factories';
import { NOTIFICATION_EMAIL_QUEUE, notifyOrganisationVerified } from './modules/notifications/notify';
import { buildApi, startChildApp } from './test/child-app';
import { createTestDatabase, lockTable, type TestDatabase } from './test/database';

// The built app as a child process (test/child-app.ts), stopped with signals while it works.
// Slow work is real: a request waits for a lock this file holds, a job waits for an SMTP server
// this file answers. Durations are figures (annotations,
// `vitest --reporter=verbose`); the structure proves the bounds: a second signal or the grace
// bound ends the process while the lock is still held.

let database: TestDatabase;
let direct: PrismaClient;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // The test runs what ships, so it builds it first.
  await buildApi();
  database = await createTestDatabase();
  direct = createPrismaClient(database.url);
});
afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});
afterAll(async () => {
  await direct?.$disconnect();
  await database?.drop();
});

const startApp = (env: Record<string, string> = {}) => startChildApp(database.url, env, children);

async function untilWaitingOnLock() {
  for (;;) {
    const [row] = await direct.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) > 0) return;
    await sleep(20);
  }
}

/** Resolves once a new connection to the port is refused. */
async function untilRefused(port: number) {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await sleep(20);
  }
}

const ms = (from: number, to: number) => Math.round(to - from);

describe('a clean stop', () => {
  it(
    'SIGTERM during a request: no new connections, the answer is complete, exit 0',
    {
      timeout: 30_000,
    },
    async ({ annotate }) => {
      await createOrganisation(direct, { kind: 'LOCAL_ACTOR' });
      const app = await startApp();
      const lock = await lockTable(database.url, 'Organisation');
      const answer = fetch(`http://127.0.0.1:${app.port}/api/v1/organisations`);
      await untilWaitingOnLock();

      const signalledAt = performance.now();
      app.child.kill('SIGTERM');
      await app.logged(/^stopping/);
      await untilRefused(app.port);
      const releasedAt = performance.now();
      await lock.release();

      const response = await answer;
      expect(response.status).toBe(200);
      expect(OrganisationList.parse(await response.json()).total).toBeGreaterThan(0);
      const { code, at } = await app.exited;
      expect(code).toBe(0);
      const stopped = app.logs.at(-1);
      expect(stopped?.msg).toBe('stopped');
      const answered = app.logs.findLast((entry) => entry.msg === 'request completed');
      await annotate(
        `SIGTERM during a request: the app closed ${stopped!.time - answered!.time} ms after answering it ` +
          `(${stopped!.ms} ms after the signal, the request held by a lock meanwhile); ` +
          `the test saw exit 0 ${ms(releasedAt, at)} ms after releasing the lock, ${ms(signalledAt, at)} ms after the signal`,
      );
    },
  );

  it(
    'SIGTERM while a job sends an e-mail: the e-mail is sent once, the job completed, exit 0',
    {
      timeout: 30_000,
    },
    async ({ annotate }) => {
      const received: string[] = [];
      let delivering!: () => void;
      const deliveryStarted = new Promise<void>((resolve) => (delivering = resolve));
      let accept!: () => void;
      const accepted = new Promise<void>((resolve) => (accept = resolve));
      const smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, session, callback) {
          delivering();
          stream.resume();
          stream.on('end', () => {
            // The server takes its time to accept: the job is running when the signal comes.
            void accepted.then(() => {
              received.push(...session.envelope.rcptTo.map((r) => r.address));
              callback();
            });
          });
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = smtp.server.address() as AddressInfo;
        const app = await startApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, JOB_POLL_INTERVAL_MS: '100' });
        const organisation = await createOrganisation(direct, { kind: 'LOCAL_ACTOR' });
        const { user: member } = await createUser(direct, { locale: 'en' });
        await createMembership(direct, { userId: member.id, organisationId: organisation.id });
        const { user: curator } = await createUser(direct, { platformRole: 'CURATOR' });
        await direct.$transaction((tx) =>
          notifyOrganisationVerified(tx, { organisationId: organisation.id, actorId: curator.id }),
        );
        await deliveryStarted;

        const signalledAt = performance.now();
        app.child.kill('SIGTERM');
        await app.logged(/^stopping/);
        const acceptedAt = performance.now();
        accept();

        const { code, at } = await app.exited;
        expect(code).toBe(0);
        expect(received).toEqual([member.email]);
        const notification = await direct.notification.findFirstOrThrow({ where: { userId: member.id } });
        const job = await direct.job.findUniqueOrThrow({
          where: { dedupeKey: `${NOTIFICATION_EMAIL_QUEUE}:${notification.id}` },
        });
        expect(job).toMatchObject({ state: 'COMPLETED', attempts: 1 });
        await annotate(
          `SIGTERM during a job: the app closed in ${app.logs.at(-1)?.ms} ms; the test saw exit 0 ` +
            `${ms(acceptedAt, at)} ms after the mail server accepted, ${ms(signalledAt, at)} ms after the signal`,
        );
      } finally {
        await new Promise<void>((resolve) => smtp.close(() => resolve()));
      }
    },
  );

  it('a second signal exits at once, without waiting', { timeout: 30_000 }, async () => {
    const app = await startApp({ SHUTDOWN_TIMEOUT_MS: '600000', DATABASE_STATEMENT_TIMEOUT_MS: '600000' });
    const lock = await lockTable(database.url, 'Organisation');
    try {
      const answer = fetch(`http://127.0.0.1:${app.port}/api/v1/organisations`).catch((error: unknown) => error);
      await untilWaitingOnLock();
      app.child.kill('SIGTERM');
      await app.logged(/^stopping/);
      app.child.kill('SIGTERM');

      // The request still waits for the lock, and would for ten minutes: only the second
      // signal can have ended the process.
      const { code } = await app.exited;
      expect(code).toBe(1);
      expect(app.logs.at(-1)?.msg).toBe('second signal: exiting without waiting');
      expect(await answer).toBeInstanceOf(Error);
    } finally {
      await lock.release();
    }
  });

  it('past SHUTDOWN_TIMEOUT_MS it logs and exits 1', { timeout: 30_000 }, async ({ annotate }) => {
    const app = await startApp({ SHUTDOWN_TIMEOUT_MS: '1000', DATABASE_STATEMENT_TIMEOUT_MS: '600000' });
    const lock = await lockTable(database.url, 'Organisation');
    try {
      void fetch(`http://127.0.0.1:${app.port}/api/v1/organisations`).catch(() => undefined);
      await untilWaitingOnLock();
      const signalledAt = performance.now();
      app.child.kill('SIGTERM');
      const { code, at } = await app.exited;
      expect(code).toBe(1);
      expect(app.logs.at(-1)?.msg).toMatch(/^not stopped within SHUTDOWN_TIMEOUT_MS \(1000 ms\)/);
      await annotate(`grace of 1000 ms with a request that cannot finish: exit 1 after ${ms(signalledAt, at)} ms`);
    } finally {
      await lock.release();
    }
  });

  it(
    'without DATABASE_URL, SIGINT stops the embedded PostgreSQL too, and exits 0',
    {
      timeout: 90_000,
    },
    async ({ annotate }) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'motesplats-shutdown-'));
      // As root, PostgreSQL runs as its own system user, which must be able to enter the directory.
      await chmod(dataDir, 0o755);
      try {
        const app = await startApp({ DATABASE_URL: '', DATA_DIR: dataDir });
        const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
        expect(existsSync(pidFile)).toBe(true);
        expect((await fetch(`http://127.0.0.1:${app.port}/api/ready`)).status).toBe(200);

        const signalledAt = performance.now();
        app.child.kill('SIGINT');
        const { code, at } = await app.exited;
        expect(code).toBe(0);
        // PostgreSQL removes its pid file as the last step of a clean shutdown.
        expect(existsSync(pidFile)).toBe(false);
        await annotate(
          `idle, with the embedded PostgreSQL: the app closed in ${app.logs.at(-1)?.ms} ms; ` +
            `the test saw exit 0 ${ms(signalledAt, at)} ms after SIGINT`,
        );
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );
});
