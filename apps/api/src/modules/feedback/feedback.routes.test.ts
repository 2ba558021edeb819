import { FeedbackList, RetentionPeriods, SentFeedback } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../db/seed/factories';
import { errorOf, signedInClient, useTestApp } from '../../test/app';

// Three sends a minute per address; the worker is run by hand, so the tests see what was queued.
const t = useTestApp({ JOB_WORKER: 'false', IDEA_RATE_LIMIT: '3' });

let address = 0;
/** Each call comes from an address of its own unless one is given, so only the rate-limit test meets the limit. */
const send = (payload: unknown, remoteAddress = `192.0.2.${(address += 1)}`) =>
  t.app.inject({ method: 'POST', url: '/api/v1/feedback', remoteAddress, payload: payload as object });

const mailsTo = (to: string) => t.app.prisma.outboundEmail.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });

describe('feedback to the administrators', () => {
  it('refuses a message that is missing, too short or has a bad address, and stores nothing', async () => {
    const before = await t.app.prisma.feedback.count();
    for (const payload of [
      {},
      { message: 'kort' },
      { message: 'Kartan går inte att använda med skärmläsare.', email: 'inte-en-adress' },
      { message: 'Kartan går inte att använda med skärmläsare.', topic: 'COMPLAINT' },
      { message: 'x'.repeat(5001) },
    ]) {
      const response = await send(payload);
      expect(response.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(errorOf(response.body).code).toBe('VALIDATION_FAILED');
    }
    expect(await t.app.prisma.feedback.count()).toBe(before);
  });

  it('stores an accessibility report, e-mails every administrator and acknowledges it to the sender', async () => {
    const { user: admin } = await createUser(t.app.prisma, { platformRole: 'ADMIN', locale: 'en' });
    const { user: curator } = await createUser(t.app.prisma, { platformRole: 'CURATOR' });
    const sender = `boende-${Date.now()}@example.se`;
    const response = await send({
      message: 'Kartan på startsidan går inte att nå med tangentbordet i Firefox.',
      page: '/national-overview',
      name: 'Amina',
      email: sender.toUpperCase(),
    });
    expect(response.statusCode).toBe(201);
    const sent = SentFeedback.parse(response.json());
    expect(sent.acknowledgedByEmail).toBe(true);
    const stored = await t.app.prisma.feedback.findUniqueOrThrow({ where: { id: sent.id } });
    expect(stored).toMatchObject({ topic: 'ACCESSIBILITY', page: '/national-overview', name: 'Amina', email: sender });

    await t.app.jobs.runDue();
    const [toAdmin] = await mailsTo(admin.email);
    expect(toAdmin?.subject).toBe('New message on Mötesplats: Accessibility');
    expect(toAdmin?.text).toContain('Kartan på startsidan går inte att nå med tangentbordet i Firefox.');
    expect(toAdmin?.text).toContain(sender);
    expect(toAdmin?.text).toContain('http://motesplats.test/feedback');
    expect(await mailsTo(curator.email)).toHaveLength(0);
    const [receipt] = await mailsTo(sender);
    expect(receipt?.subject).toBe('Vi har tagit emot ditt meddelande');
    expect(receipt?.text).toContain('https://www.digg.se/tdosanmalan');
    // A job run again sends nothing twice.
    await t.app.jobs.runDue();
    expect(await mailsTo(sender)).toHaveLength(1);
  });

  it('reaches the administrators without an address, and acknowledges one address at most five times a day', async () => {
    const { user: admin } = await createUser(t.app.prisma, { platformRole: 'ADMIN' });
    const anonymous = SentFeedback.parse((await send({ topic: 'OTHER', message: 'Bra tjänst, tack för den!' })).json());
    expect(anonymous.acknowledgedByEmail).toBe(false);
    const target = `mål-${Date.now()}@example.se`.replace('å', 'a');
    const acknowledged: boolean[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await send({ message: `Meddelande nummer ${i + 1} om tillgänglighet.`, email: target });
      acknowledged.push(SentFeedback.parse(response.json()).acknowledgedByEmail);
    }
    expect(acknowledged).toEqual([true, true, true, true, true, false]);
    await t.app.jobs.runDue();
    expect(await mailsTo(target)).toHaveLength(5);
    const toAdmin = (await mailsTo(admin.email)).filter((mail) => mail.text.includes('Meddelande nummer'));
    expect(toAdmin).toHaveLength(6);
  });

  it('stops one address after IDEA_RATE_LIMIT sends a minute', async () => {
    const before = await t.app.prisma.feedback.count();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await send({ message: 'Samma avsändare igen och igen.' }, '198.51.100.44')).statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(await t.app.prisma.feedback.count()).toBe(before + 3);
    expect((await send({ message: 'En annan avsändare går igenom.' }, '198.51.100.45')).statusCode).toBe(201);
  });

  it('is listed to administrators only, newest first', async () => {
    const admin = await signedInClient(t.app, { platformRole: 'ADMIN' });
    const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
    const sent = SentFeedback.parse(
      (await send({ topic: 'PERSONAL_DATA', message: 'Vilka uppgifter har ni om mig?' })).json(),
    );
    const list = FeedbackList.parse((await admin.client.get('/api/v1/feedback?topic=PERSONAL_DATA')).json());
    expect(list.items[0]).toMatchObject({ id: sent.id, topic: 'PERSONAL_DATA', email: null });
    expect(list.items.every((item) => item.topic === 'PERSONAL_DATA')).toBe(true);
    expect((await curator.client.get('/api/v1/feedback')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/feedback' })).statusCode).toBe(401);
  });

  it('tells anyone how long personal data is kept, as configured', async () => {
    const retention = RetentionPeriods.parse(
      (await t.app.inject({ method: 'GET', url: '/api/v1/privacy/retention' })).json(),
    );
    expect(retention).toEqual({ sessionIdleHours: 336, sessionMaxHours: 720, ideaContactDays: 30, feedbackDays: 365 });
  });
});
