import { EmailPreferences } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { createTestApp, signedInClient, type TestApp } from '../../test/app';
import { gatherDigests } from './notification-digest.job';

let t: TestApp;
beforeAll(async () => {
  // The queue is worked by runDue() and digests gathered with a chosen `now`, step by step.
  t = await createTestApp({ JOB_WORKER: 'false' });
});
afterAll(async () => t?.close());

const HOUR = 3_600_000;

async function cast() {
  const prisma = t.app.prisma;
  const housing = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  const actor = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const member = async (organisationId: string) => {
    const signedIn = await signedInClient(t.app);
    await createMembership(prisma, { organisationId, userId: signedIn.user.id, role: 'MEMBER' });
    return signedIn;
  };
  const digestReader = await member(housing.id);
  const colleague = await member(housing.id);
  const writer = await member(actor.id);
  const match = await createMatch(prisma, {
    origin: 'ACTOR_INTEREST',
    challengeId: (await createChallenge(prisma, { organisationId: housing.id, title: 'Läxhjälp i Gränby' })).id,
    offeringId: (await createOffering(prisma, { organisationId: actor.id })).id,
  });
  const write = async (body: string) => {
    const response = await writer.client.post(`/api/v1/matches/${match.id}/messages`, { body });
    expect(response.statusCode).toBe(201);
  };
  return { digestReader, colleague, writer, match, write };
}

const mailsTo = (email: string) =>
  t.app.prisma.outboundEmail.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });

describe('e-mail digests', () => {
  it('keeps the frequency with the e-mail choices, and refuses an unknown one', async () => {
    const { digestReader } = await cast();
    const put = (payload: object) =>
      digestReader.client.request({ method: 'PUT', url: '/api/v1/notifications/preferences', payload });
    expect(
      EmailPreferences.parse((await digestReader.client.get('/api/v1/notifications/preferences')).json()).frequency,
    ).toBe('IMMEDIATE');
    const saved = await put({ frequency: 'WEEKLY' });
    expect(saved.statusCode).toBe(200);
    expect(EmailPreferences.parse(saved.json()).frequency).toBe('WEEKLY');
    expect((await put({ frequency: 'HOURLY' })).statusCode).toBe(400);
    expect((await put({})).statusCode).toBe(400);
    expect(
      EmailPreferences.parse((await digestReader.client.get('/api/v1/notifications/preferences')).json()).frequency,
    ).toBe('WEEKLY');
  });

  it('gathers a daily reader’s notifications into one e-mail a day, sends none twice and none alone', async () => {
    const { digestReader, colleague, write } = await cast();
    await digestReader.client.request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      payload: { frequency: 'DAILY' },
    });
    await write('Hej! Vi kan börja i januari.');
    await write('Och vi har lokal.');
    await t.app.jobs.runDue();

    // The colleague, on IMMEDIATE, got one e-mail each; the digest reader none yet.
    expect(await mailsTo(colleague.user.email)).toHaveLength(2);
    expect(await mailsTo(digestReader.user.email)).toHaveLength(0);

    const now = new Date();
    expect(await gatherDigests(t.app.prisma, now)).toBe(1);
    // Another worker gathering at the same moment finds nothing left.
    expect(await gatherDigests(t.app.prisma, now)).toBe(0);
    await t.app.jobs.runDue();
    const [digest, ...rest] = await mailsTo(digestReader.user.email);
    expect(rest).toHaveLength(0);
    expect(digest!.subject).toBe('2 aviseringar från Mötesplats');
    expect(digest!.text.match(/skrev ett meddelande i matchningen Läxhjälp i Gränby/g)).toHaveLength(2);

    // Something new the same day waits for tomorrow's digest; nothing is lost in between.
    await write('En sak till.');
    expect(await gatherDigests(t.app.prisma, new Date(now.getTime() + 2 * HOUR))).toBe(0);
    expect(await gatherDigests(t.app.prisma, new Date(now.getTime() + 24 * HOUR))).toBe(1);
    await t.app.jobs.runDue();
    const mails = await mailsTo(digestReader.user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe('1 avisering från Mötesplats');

    // Nothing new: no empty digest.
    expect(await gatherDigests(t.app.prisma, new Date(now.getTime() + 72 * HOUR))).toBe(0);
  });

  it('leaves out the kinds turned off, and sends what waited at once after a switch back', async () => {
    const { digestReader, write } = await cast();
    const put = (payload: object) =>
      digestReader.client.request({ method: 'PUT', url: '/api/v1/notifications/preferences', payload });
    await put({ frequency: 'WEEKLY' });
    await write('Första.');
    await put({ items: [{ kind: 'MATCH_MESSAGE', email: false }] });
    expect(await gatherDigests(t.app.prisma, new Date())).toBe(0);

    await put({ items: [{ kind: 'MATCH_MESSAGE', email: true }] });
    await write('Andra.');
    await put({ frequency: 'IMMEDIATE' });
    expect(await gatherDigests(t.app.prisma, new Date())).toBe(1);
    await t.app.jobs.runDue();
    const mails = await mailsTo(digestReader.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('1 avisering från Mötesplats');
  });
});
