import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type PrismaClient } from './db/prisma';
import {
  createChallenge,
  createIdea,
  createLab,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
  createUser,
} from './db/seed/factories';
import { buildApi, startChildApp, type ChildApp } from './test/child-app';
import { createTestDatabase, type TestDatabase } from './test/database';

// The built app is killed with SIGKILL in the middle of a burst of writes (match answers,
// messages, ideas, supports), then started again on the same database. Every write that was
// answered 2xx must be there, and nothing may be half-written: each write is one transaction,
// so a match's state agrees with its history, a support with its idea's count.

let database: TestDatabase;
let direct: PrismaClient;
const children: ChildProcess[] = [];

beforeAll(async () => {
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

// The burst is many writes from few clients; the limits are tested elsewhere.
const UNLIMITED = {
  WRITE_RATE_LIMIT: '100000',
  IDEA_RATE_LIMIT: '100000',
  IDEA_LAB_RATE_LIMIT: '1000000',
  AUTH_RATE_LIMIT: '100000',
  JOB_WORKER: 'false',
};

interface Session {
  cookie: string;
  csrfToken: string;
}

async function signIn(app: ChildApp, email: string, password: string): Promise<Session> {
  const response = await fetch(`http://127.0.0.1:${app.port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** The readiness answer once the database answers, within 30 s. */
async function untilReady(app: ChildApp): Promise<number> {
  const until = Date.now() + 30_000;
  for (;;) {
    const { status } = await fetch(`http://127.0.0.1:${app.port}/api/ready`);
    if (status === 200 || Date.now() > until) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

type Write = { kind: 'answer' | 'message' | 'idea' | 'support'; target: string; send: () => Promise<Response> };

describe('SIGKILL during a burst of writes', () => {
  it(
    'keeps every write it answered 2xx, and leaves nothing half-written',
    { timeout: 180_000 },
    async ({ annotate }) => {
      const company = await createOrganisation(direct, { kind: 'HOUSING_COMPANY' });
      const actor = await createOrganisation(direct, { kind: 'LOCAL_ACTOR' });
      const housingUser = await createUser(direct);
      const actorUser = await createUser(direct);
      await createMembership(direct, { organisationId: company.id, userId: housingUser.user.id, role: 'OWNER' });
      await createMembership(direct, { organisationId: actor.id, userId: actorUser.user.id, role: 'OWNER' });
      const lab = await createLab(direct, { organisationId: company.id });
      const matches = [];
      for (let i = 0; i < 12; i++) {
        const challenge = await createChallenge(direct, { labId: lab.id });
        const offering = await createOffering(direct, { organisationId: actor.id });
        matches.push(await createMatch(direct, { challengeId: challenge.id, offeringId: offering.id }));
      }
      const ideas = [];
      for (let i = 0; i < 20; i++) ideas.push(await createIdea(direct, { labId: lab.id }));

      const app = await startChildApp(database.url, UNLIMITED, children);
      const housing = await signIn(app, housingUser.user.email, housingUser.password);
      const local = await signIn(app, actorUser.user.email, actorUser.password);
      const base = `http://127.0.0.1:${app.port}/api/v1`;
      const post = (path: string, body: unknown, session?: Session) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
          },
          body: JSON.stringify(body ?? {}),
        });

      const byKind: Record<Write['kind'], Write[]> = { answer: [], message: [], idea: [], support: [] };
      matches.forEach((match, i) => {
        byKind.answer.push({
          kind: 'answer',
          target: match.id,
          send: () => post(`/matches/${match.id}/transitions`, { action: 'ACCEPT', version: match.version }, housing),
        });
        for (const [who, session] of [
          ['bolaget', housing],
          ['föreningen', local],
        ] as const) {
          const body = `Hälsning ${i} från ${who}`;
          byKind.message.push({
            kind: 'message',
            target: body,
            send: () => post(`/matches/${match.id}/messages`, { body }, session),
          });
        }
      });
      ideas.forEach((idea, i) => {
        const title = `Idé under belastning ${i}`;
        byKind.idea.push({
          kind: 'idea',
          target: title,
          send: () => post('/ideas', { labId: lab.id, title, body: 'En bänk och ett bord vid lekplatsen, tack.' }),
        });
        // No cookie: each support comes from another visitor's browser.
        byKind.support.push({ kind: 'support', target: idea.id, send: () => post(`/ideas/${idea.id}/support`, {}) });
      });
      // Interleaved, so that every kind is in flight when the process dies.
      const writes: Write[] = [];
      for (let i = 0; i < byKind.message.length; i++) {
        for (const list of Object.values(byKind)) if (list[i]) writes.push(list[i]!);
      }

      const acknowledged: Write[] = [];
      const refused: { write: Write; status: number; body: string }[] = [];
      let lost = 0;
      const killAfter = Math.floor(writes.length / 3);
      let next = 0;
      const worker = async () => {
        while (next < writes.length) {
          const write = writes[next++]!;
          try {
            const response = await write.send();
            if (response.ok) acknowledged.push(write);
            else refused.push({ write, status: response.status, body: await response.text() });
          } catch {
            lost++; // the connection died with the process: either outcome is allowed
          }
          if (acknowledged.length === killAfter) app.child.kill('SIGKILL');
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      const { code } = await app.exited;
      expect(code).toBeNull();
      // A busy machine may shed a write with 503 (the client may try again); nothing else.
      expect(refused.filter(({ status, body }) => status !== 503 || !body.includes('UNAVAILABLE'))).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      expect(lost).toBeGreaterThan(0);

      // Started again on the same database: it serves, and everything answered 2xx is there.
      const again = await startChildApp(database.url, UNLIMITED, children);
      expect(await untilReady(again)).toBe(200);

      for (const write of acknowledged) {
        if (write.kind === 'answer') {
          const match = await direct.match.findUniqueOrThrow({ where: { id: write.target } });
          expect(match.housingAcceptedAt).not.toBeNull();
        } else if (write.kind === 'message') {
          expect(await direct.message.count({ where: { body: write.target } })).toBe(1);
        } else if (write.kind === 'idea') {
          expect(await direct.idea.count({ where: { title: write.target } })).toBe(1);
        } else {
          expect(await direct.ideaSupport.count({ where: { ideaId: write.target } })).toBe(1);
        }
      }

      // Nothing half-written, acknowledged or not.
      for (const { id } of matches) {
        const match = await direct.match.findUniqueOrThrow({
          where: { id },
          include: { events: { orderBy: { createdAt: 'asc' } } },
        });
        const states = match.events.map((event) => [event.fromState, event.toState]);
        for (let i = 1; i < states.length; i++) expect(states[i]![0]).toBe(states[i - 1]![1]);
        expect(states.at(-1)![1]).toBe(match.state);
        // An answer is the event and the timestamp together, never one without the other.
        expect(match.events.filter((event) => event.action === 'ACCEPT').length).toBe(match.housingAcceptedAt ? 1 : 0);
      }
      for (const idea of await direct.idea.findMany({
        where: { labId: lab.id },
        include: { _count: { select: { supports: true } } },
      })) {
        expect(idea.supportCount).toBe(idea._count.supports);
      }
      const sent = await direct.idea.count({ where: { labId: lab.id, title: { startsWith: 'Idé under belastning' } } });
      const followUps = await direct.ideaFollowUpLink.count({ where: { idea: { labId: lab.id } } });
      expect(followUps).toBe(sent);

      await annotate(
        `${writes.length} writes from 8 connections; SIGKILL after ${killAfter} answers: ` +
          `${acknowledged.length} answered 2xx (all found after the restart), ${lost} cut off, ${refused.length} shed with 503`,
      );
    },
  );
});
