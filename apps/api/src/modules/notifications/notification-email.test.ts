import type { AddressInfo } from 'node:net';
import type { NotificationKind } from '@motesplats/contracts';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../../app';
import { parseConfig } from '../../config';
import {
  createChallenge,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
  createUser,
  type UserOverrides,
} from '../../db/seed/factories';
import { createTestApp, type TestApp } from '../../test/app';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { NOTIFICATION_EMAIL_QUEUE, notifyMatchParties, notifyOrganisationVerified } from './notify';

/** A real SMTP server that counts what it accepts and can turn an address away once. */
const received: { to: string[]; data: string }[] = [];
const busyOnce = new Set<string>();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(address, _session, callback) {
    if (busyOnce.delete(address.address)) {
      callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    let data = '';
    stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      callback();
    });
  },
});
const receivedBy = (email: string) => received.filter((mail) => mail.to.includes(email));

// Two API processes delivering through SMTP over one database; and an app that keeps mail in
// the database, where the text can be read without decoding MIME.
let database: TestDatabase;
let smtpApp: App;
let secondSmtpApp: App;
let storeApp: TestApp;
// As `pnpm start` runs: the worker polls on its own.
let pollingApp: TestApp;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  // Workers are driven by runDue() here, so each step is deterministic.
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://motesplats.test',
    WEB_DIST_DIR: '/nonexistent',
    JOB_WORKER: 'false',
    SMTP_URL: `smtp://127.0.0.1:${port}`,
  });
  database = await createTestDatabase();
  smtpApp = await buildApp(config, { databaseUrl: database.url });
  secondSmtpApp = await buildApp(config, { databaseUrl: database.url });
  await Promise.all([smtpApp.ready(), secondSmtpApp.ready()]);
  storeApp = await createTestApp({ JOB_WORKER: 'false' });
  pollingApp = await createTestApp({ JOB_POLL_INTERVAL_MS: '100' });
});
afterAll(async () => {
  await smtpApp?.close();
  await secondSmtpApp?.close();
  await database?.drop();
  await storeApp?.close();
  await pollingApp?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** A housing company's member and a local actor's member on one new match. */
async function matchBetween(app: App, people: { housing?: UserOverrides; actor?: UserOverrides } = {}) {
  const db = app.prisma;
  const housingOrg = await createOrganisation(db, { kind: 'HOUSING_COMPANY' });
  const actorOrg = await createOrganisation(db, { kind: 'LOCAL_ACTOR', name: `Föreningen ${housingOrg.slug}` });
  const { user: housing } = await createUser(db, people.housing);
  const { user: actor } = await createUser(db, { name: 'Hodan Warsame', ...people.actor });
  await createMembership(db, { userId: housing.id, organisationId: housingOrg.id });
  await createMembership(db, { userId: actor.id, organisationId: actorOrg.id });
  const challenge = await createChallenge(db, { organisationId: housingOrg.id });
  const offering = await createOffering(db, { organisationId: actorOrg.id });
  const match = await createMatch(db, {
    origin: 'ACTOR_INTEREST',
    challengeId: challenge.id,
    offeringId: offering.id,
    state: 'PROPOSED',
  });
  return { match, housing, actor, actorOrg, challenge, offering };
}

async function notify(app: App, matchId: string, kind: NotificationKind, actorId: string, excerpt?: string) {
  await app.prisma.$transaction((tx) =>
    notifyMatchParties(tx, { matchId, kind, actorId, ...(excerpt ? { excerpt } : {}) }),
  );
}

const jobFor = async (app: App, userId: string) => {
  const notification = await app.prisma.notification.findFirstOrThrow({ where: { userId } });
  return app.prisma.job.findUnique({ where: { dedupeKey: `${NOTIFICATION_EMAIL_QUEUE}:${notification.id}` } });
};

const makeDue = (app: App) =>
  app.prisma.$executeRaw`UPDATE "Job" SET "runAt" = now() - interval '1 second' WHERE state = 'PENDING'`;

describe('notification e-mail', () => {
  it('is retried with backoff when the first send fails, and arrives exactly once', async () => {
    const app = smtpApp;
    const { match, housing, actor } = await matchBetween(app);
    busyOnce.add(housing.email);

    await notify(app, match.id, 'MATCH_INTEREST', actor.id);
    await app.jobs.runDue();

    expect(receivedBy(housing.email)).toHaveLength(0);
    const failed = await jobFor(app, housing.id);
    expect(failed).toMatchObject({ state: 'PENDING', attempts: 1 });
    expect(failed?.lastError).toMatch(/busy/i);
    // Backoff: the retry waits for JOB_RETRY_BASE_MS (a minute by default), not a poll interval.
    expect(failed!.runAt.getTime() - Date.now()).toBeGreaterThan(30_000);
    await app.jobs.runDue();
    expect(receivedBy(housing.email)).toHaveLength(0);

    await makeDue(app);
    await app.jobs.runDue();
    expect(receivedBy(housing.email)).toHaveLength(1);
    expect(await jobFor(app, housing.id)).toMatchObject({ state: 'COMPLETED', attempts: 2 });

    // A completed job is never run again.
    await makeDue(app);
    await app.jobs.runDue();
    expect(receivedBy(housing.email)).toHaveLength(1);
    expect(receivedBy(actor.email)).toHaveLength(0);
  });

  it('is never sent twice when two workers run the queue at the same moment', async () => {
    const app = smtpApp;
    const { match, housing, actor } = await matchBetween(app);
    const { user: colleague } = await createUser(app.prisma);
    const housingOrgId = (await app.prisma.membership.findFirstOrThrow({ where: { userId: housing.id } }))
      .organisationId;
    await createMembership(app.prisma, { userId: colleague.id, organisationId: housingOrgId });

    await notify(app, match.id, 'MATCH_INTEREST', actor.id);
    await notify(app, match.id, 'MATCH_MESSAGE', actor.id, 'Hej! Kan vi ses på torsdag?');
    await Promise.all([app.jobs.runDue(), secondSmtpApp.jobs.runDue()]);

    expect(receivedBy(housing.email)).toHaveLength(2);
    expect(receivedBy(colleague.email)).toHaveLength(2);
  });

  it('is not sent to someone who turned that kind off, who still sees it in the app', async () => {
    const app = smtpApp;
    const { match, housing, actor } = await matchBetween(app);
    await app.prisma.notificationPreference.create({
      data: { userId: housing.id, kind: 'MATCH_MESSAGE', email: false },
    });

    await notify(app, match.id, 'MATCH_MESSAGE', actor.id, 'Vi har en lokal ledig på tisdagar.');
    await notify(app, match.id, 'MATCH_ACCEPTED', actor.id);
    await app.jobs.runDue();

    const kinds = (await app.prisma.notification.findMany({ where: { userId: housing.id } })).map((n) => n.kind);
    expect(kinds.sort()).toEqual(['MATCH_ACCEPTED', 'MATCH_MESSAGE']);
    expect(receivedBy(housing.email)).toHaveLength(1);
    expect(receivedBy(housing.email)[0]?.data).not.toContain('lokal ledig');
  });

  it('is not sent when the reader turns the kind off after it was queued', async () => {
    const app = smtpApp;
    const { match, housing, actor } = await matchBetween(app);
    await notify(app, match.id, 'MATCH_DECLINED', actor.id, 'Vi har inte plats i höst.');
    await app.prisma.notificationPreference.create({
      data: { userId: housing.id, kind: 'MATCH_DECLINED', email: false },
    });

    await app.jobs.runDue();

    expect(receivedBy(housing.email)).toHaveLength(0);
    expect(await jobFor(app, housing.id)).toMatchObject({ state: 'COMPLETED' });
  });

  it('speaks the reader’s language and links to the match and the e-mail settings', async () => {
    const app = storeApp.app;
    const { match, housing, actor, actorOrg, challenge, offering } = await matchBetween(app, {
      housing: { locale: 'en', name: 'Helen Smith' },
    });
    const { user: swede } = await createUser(app.prisma, { locale: 'sv', name: 'Helena Sjöberg' });
    await createMembership(app.prisma, { userId: swede.id, organisationId: challenge.organisationId });

    await notify(app, match.id, 'MATCH_DECLINED', actor.id, 'Vi har inte plats i höst.');
    await app.jobs.runDue();

    const english = await app.prisma.outboundEmail.findFirstOrThrow({ where: { to: housing.email } });
    expect(english.subject).toBe(`The collaboration was declined: ${challenge.title}`);
    expect(english.text).toContain('Hello Helen Smith,');
    expect(english.text).toContain(`Hodan Warsame (${actorOrg.name}) has declined the collaboration.`);
    expect(english.text).toContain(`Offering: ${offering.title}`);
    expect(english.text).toContain('Reason: “Vi har inte plats i höst.”');
    expect(english.text).toContain(`http://motesplats.test/matches/${match.id}`);
    expect(english.text).toContain('http://motesplats.test/account#notifications');

    const swedish = await app.prisma.outboundEmail.findFirstOrThrow({ where: { to: swede.email } });
    expect(swedish.subject).toBe(`Samarbetet avböjdes: ${challenge.title}`);
    expect(swedish.text).toContain('Hej Helena Sjöberg!');
    expect(swedish.text).toContain(`Hodan Warsame (${actorOrg.name}) har tackat nej till samarbetet.`);
    expect(swedish.text).toContain(`Utmaning: ${challenge.title}`);
    expect(swedish.text).toContain('Motivering: ”Vi har inte plats i höst.”');
    expect(swedish.text).toContain(`http://motesplats.test/matches/${match.id}`);
    expect(swedish.text).toContain('http://motesplats.test/account#notifications');
  });

  it('tells an organisation’s members it is verified, linking to its page', async () => {
    const app = storeApp.app;
    const organisation = await createOrganisation(app.prisma, { kind: 'LOCAL_ACTOR', verification: 'VERIFIED' });
    const { user: member } = await createUser(app.prisma, { locale: 'en', name: 'Omar Khalil' });
    await createMembership(app.prisma, { userId: member.id, organisationId: organisation.id });
    const { user: curator } = await createUser(app.prisma, { platformRole: 'CURATOR', name: 'Sara Holmström' });

    await app.prisma.$transaction((tx) =>
      notifyOrganisationVerified(tx, { organisationId: organisation.id, actorId: curator.id }),
    );
    await app.jobs.runDue();

    const mail = await app.prisma.outboundEmail.findFirstOrThrow({ where: { to: member.email } });
    expect(mail.subject).toBe(`Your organisation is verified: ${organisation.name}`);
    expect(mail.text).toContain(`Sara Holmström at Sveriges Allmännytta has verified ${organisation.name}.`);
    expect(mail.text).toContain(
      `See the organisation on Mötesplats:\nhttp://motesplats.test/organisations/${organisation.id}`,
    );
    expect(mail.text).toContain('because you are a member of the organisation');
    expect(mail.text).not.toContain('/matches/');
  });

  it('is sent by the worker of a running app without anyone asking', async () => {
    const app = pollingApp.app;
    const { match, housing, actor } = await matchBetween(app);

    await notify(app, match.id, 'MATCH_PROPOSED', actor.id);

    await vi.waitFor(async () => expect((await jobFor(app, housing.id))?.state).toBe('COMPLETED'), {
      timeout: 15_000,
      interval: 100,
    });
    expect(await app.prisma.outboundEmail.count({ where: { to: housing.email } })).toBe(1);
    expect(await jobFor(app, housing.id)).toMatchObject({ attempts: 1 });
  });
});
