import { Writable } from 'node:stream';
import { CreatedIdea } from '@motesplats/contracts';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, createMatch, createOffering } from '../../db/seed/factories';
import { createTestApp, organisationCast, type TestApp } from '../../test/app';
import { purgeClosedContacts } from './ideas.jobs';

/*
 * The e-mail address a resident leaves is for follow-up mail only: no answer of any route and
 * no log line carries it, and it is deleted some time after the idea is closed.
 */

const EMAIL = 'fatima.privat-adress@example.se';
let logged = '';
let t: TestApp;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  t = await createTestApp({ JOB_WORKER: 'false' }, { loggerInstance: pino({ level: 'trace' }, sink) });
});
afterAll(async () => t.close());

/**
 * Every route in the app's route table. printRoutes draws a tree ("│   └── /:id (GET, HEAD)"):
 * a line's depth is where its branch starts, and its path is its ancestors' segments and its own.
 */
function routeTable(): { method: string; url: string }[] {
  const routes: { method: string; url: string }[] = [];
  const segments: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const branch = /[├└]── /.exec(line);
    if (!branch) continue;
    const depth = branch.index / 4;
    const match = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line.slice(branch.index + 4));
    segments.length = depth;
    segments.push(match?.[1] ?? '');
    for (const method of match?.[2]?.split(', ') ?? []) routes.push({ method, url: segments.join('') });
  }
  return routes;
}

describe('the sender’s e-mail address', () => {
  // About 400 requests: more time than a test usually needs when the machine is busy.
  it('appears in no answer of any route, for anyone, nor in any log line', { timeout: 120_000 }, async () => {
    const app = t.app;
    const c = await organisationCast(app, 'HOUSING_COMPANY');
    const lab = await createLab(app.prisma, { organisationId: c.organisation.id });
    const sent = await app.inject({
      method: 'POST',
      url: '/api/v1/ideas',
      payload: { labId: lab.id, title: 'Cykelverkstad', body: 'En cykelverkstad i gamla tvättstugan.', email: EMAIL },
    });
    const { id, followUpToken } = CreatedIdea.parse(sent.json());
    const answers: string[] = [sent.body];
    const record = (r: { body: string; headers: Record<string, unknown> }) =>
      answers.push(r.body, JSON.stringify(r.headers));

    record(await c.owner.post(`/api/v1/ideas/${id}/publish`, { version: 1 }));
    record(await c.owner.post(`/api/v1/ideas/${id}/comments`, { body: 'Vi tittar på lokalen.' }));
    record(await app.inject({ method: 'POST', url: `/api/v1/ideas/${id}/support` }));
    record(await app.inject({ method: 'POST', url: '/api/v1/ideas/follow-up', payload: { token: followUpToken } }));
    const converted = await c.owner.post(`/api/v1/ideas/${id}/challenge`, { version: 2 });
    record(converted);
    const { challengeId } = converted.json() as { challengeId: string };
    await app.jobs.runDue();

    // Every route, as each kind of reader, with every id the idea is tied to in place of :id.
    const ids = [id, lab.id, challengeId, c.organisation.id, c.users.owner.id];
    const readers = [c.anonymous, c.owner, c.curator];
    const routes = routeTable();
    expect(routes.some((r) => r.url === '/api/v1/ideas/:id')).toBe(true);
    let walked = 0;
    for (const route of routes) {
      // The development mailbox shows stored e-mails whole, addresses included, by design; it
      // is never registered in production (app.ts).
      if (route.url.startsWith('/api/v1/dev/')) continue;
      // HEAD answers GET's headers without the body; GET is walked.
      if (route.method === 'HEAD') continue;
      // Writes of other modules are walked with an empty body: a refusal must not echo either.
      for (const value of route.url.includes(':') ? ids : [undefined]) {
        const url = route.url.replace(/:\w+/g, value ?? '').replace('*', 'ideas');
        for (const reader of readers) {
          // Signing out would end the readers' sessions for the rest of the walk.
          if (route.url.endsWith('/logout') || route.url.includes('/sessions')) continue;
          const response = await reader.request({
            method: route.method as 'GET',
            url: `${url}${route.method === 'GET' && url.endsWith('/ideas') ? '?status=PENDING,PUBLISHED,CONVERTED' : ''}`,
            ...(['POST', 'PATCH', 'PUT'].includes(route.method) ? { payload: {} } : {}),
          });
          record(response);
          walked += 1;
        }
      }
    }
    expect(walked).toBeGreaterThan(300);
    expect(routes.length).toBeGreaterThan(60);
    expect(answers.join('\n')).not.toContain(EMAIL);
    expect(logged).toContain('/api/v1/ideas');
    expect(logged).not.toContain(EMAIL);
    // It is there, for the e-mails the sender asked for.
    expect((await app.prisma.idea.findUniqueOrThrow({ where: { id } })).contactEmail).toBe(EMAIL);
  });

  it('is deleted once the idea has been closed for the configured time', async () => {
    const app = t.app;
    const declinedLab = await createLab(app.prisma);
    const send = async () => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/ideas',
        payload: { labId: declinedLab.id, title: 'Grillplats', body: 'En grillplats vid lekplatsen.', email: EMAIL },
      });
      return CreatedIdea.parse(r.json()).id;
    };
    const [longClosed, justClosed, open] = [await send(), await send(), await send()];
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    await app.prisma.idea.update({ where: { id: longClosed }, data: { status: 'REJECTED', closedAt: daysAgo(31) } });
    await app.prisma.idea.update({ where: { id: justClosed }, data: { status: 'REJECTED', closedAt: daysAgo(2) } });

    // A converted idea closes when its challenge's matches have all ended.
    const challengeMatch = await createMatch(app.prisma, {
      state: 'COMPLETED',
      offeringId: (await createOffering(app.prisma)).id,
    });
    const converted = await send();
    await app.prisma.idea.update({
      where: { id: converted },
      data: { status: 'CONVERTED', challengeId: challengeMatch.challengeId },
    });

    await purgeClosedContacts(app.prisma, 30);
    const emailOf = async (id: string) => (await app.prisma.idea.findUniqueOrThrow({ where: { id } })).contactEmail;
    expect(await emailOf(longClosed)).toBeNull();
    expect(await emailOf(justClosed)).toBe(EMAIL);
    expect(await emailOf(open)).toBe(EMAIL);
    const convertedRow = await app.prisma.idea.findUniqueOrThrow({ where: { id: converted } });
    expect(convertedRow.closedAt).not.toBeNull();
    expect(convertedRow.contactEmail).toBe(EMAIL);
    await purgeClosedContacts(app.prisma, 0);
    expect(await emailOf(converted)).toBeNull();
  });
});
