import { randomUUID } from 'node:crypto';
import { CreatedIdea, Idea, IdeaFollowUp, IdeaList, SupportResult } from '@motesplats/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLab, createMatch, createOffering } from '../../db/seed/factories';
import type { App } from '../../app';
import { errorOf, organisationCast, signedInClient, useTestApp } from '../../test/app';

const t = useTestApp({ JOB_WORKER: 'false' });

/** A browser without an account: keeps the cookies the app sets (the signed visitor cookie). */
function browser(app: App) {
  let cookies: Record<string, string> = {};
  return {
    async request(method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse> {
      const cookie = Object.entries(cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join('; ');
      const response = await app.inject({
        method,
        url,
        ...(payload ? { payload } : {}),
        headers: cookie ? { cookie } : {},
      });
      for (const c of response.cookies) cookies = { ...cookies, [c.name]: c.value };
      return response;
    },
  };
}

/** A housing company with a lab, its people, and an idea sent to the lab by a visitor. */
async function ideaInLab(extra: Record<string, unknown> = {}) {
  const cast = await organisationCast(t.app, 'HOUSING_COMPANY');
  const lab = await createLab(t.app.prisma, { organisationId: cast.organisation.id });
  const email = `amina.${randomUUID().slice(0, 8)}@example.se`;
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/v1/ideas',
    payload: {
      labId: lab.id,
      title: 'Läxhjälp i källarlokalen',
      body: 'Barnen behöver hjälp med läxorna på kvällarna. Lokalen står tom.',
      focusArea: 'SCHOOLS',
      name: 'Amina',
      email,
      ...extra,
    },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  const created = CreatedIdea.parse(sent.json());
  return { ...cast, lab, email, idea: created };
}

const followUp = async (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/ideas/follow-up', payload: { token } });

async function publish(cast: Awaited<ReturnType<typeof ideaInLab>>) {
  const published = await cast.owner.post(`/api/v1/ideas/${cast.idea.id}/publish`, { version: 1 });
  expect(published.statusCode, published.body).toBe(200);
  return Idea.parse(published.json());
}

describe('sending an idea', () => {
  it('needs no account, waits unseen by the public, and its link shows it to the sender', async () => {
    const c = await ideaInLab();
    expect((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).statusCode).toBe(404);
    const publicList = IdeaList.parse((await c.anonymous.get(`/api/v1/ideas?lab=${c.lab.id}`)).json());
    expect(publicList.items).toEqual([]);
    const seen = IdeaFollowUp.parse((await followUp(c.idea.followUpToken)).json());
    expect(seen).toMatchObject({ status: 'PENDING', title: 'Läxhjälp i källarlokalen', emailUpdates: true });
    expect((await followUp('x'.repeat(43))).statusCode).toBe(404);
    // Only the secret's hash is kept.
    const links = await t.app.prisma.ideaFollowUpLink.findMany({ where: { ideaId: c.idea.id } });
    expect(links.map((l) => l.tokenHash)).not.toContain(c.idea.followUpToken);
  });

  it('refuses a bad idea with the envelope and stores nothing', async () => {
    const lab = await createLab(t.app.prisma);
    const before = await t.app.prisma.idea.count({ where: { labId: lab.id } });
    for (const payload of [
      { labId: lab.id, title: 'Hi', body: 'För kort rubrik men lång text.' },
      { labId: lab.id, title: 'En rubrik', body: 'Text här.', email: 'inte-en-adress' },
      { labId: '00000000-0000-4000-8000-000000000000', title: 'En rubrik', body: 'En text som är lång nog.' },
    ]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/ideas', payload });
      expect(response.statusCode, response.body).toBe(400);
      expect(errorOf(response.body).code).toBe('VALIDATION_FAILED');
    }
    expect(await t.app.prisma.idea.count({ where: { labId: lab.id } })).toBe(before);
  });
});

describe('moderation', () => {
  it('is for the lab’s housing company and curators only', async () => {
    const c = await ideaInLab();
    const url = `/api/v1/ideas/${c.idea.id}/publish`;
    expect((await c.anonymous.post(url, { version: 1 })).statusCode).toBe(401);
    expect((await c.outsider.post(url, { version: 1 })).statusCode).toBe(404);
    const plain = (await signedInClient(t.app)).client;
    expect((await plain.post(url, { version: 1 })).statusCode).toBe(404);
    expect(await t.app.prisma.idea.findUniqueOrThrow({ where: { id: c.idea.id } })).toMatchObject({
      status: 'PENDING',
    });

    const queue = IdeaList.parse((await c.member.get(`/api/v1/ideas?status=PENDING&lab=${c.lab.id}`)).json());
    expect(queue.items.map((i) => i.id)).toEqual([c.idea.id]);
    // The lab's list without a status shows moderators what the public sees.
    expect(IdeaList.parse((await c.member.get(`/api/v1/ideas?lab=${c.lab.id}`)).json()).items).toEqual([]);
    expect(IdeaList.parse((await c.outsider.get(`/api/v1/ideas?status=PENDING&lab=${c.lab.id}`)).json()).items).toEqual(
      [],
    );
    const published = Idea.parse((await c.member.post(url, { version: 1 })).json());
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2, canModerate: true });
    expect((await c.member.post(url, { version: 2 })).statusCode).toBe(409);
    const seen = Idea.parse((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).json());
    expect(seen).toMatchObject({ status: 'PUBLISHED', canModerate: false, moderationReason: null });

    const other = await ideaInLab();
    const curatorDeclines = await c.curator.post(`/api/v1/ideas/${other.idea.id}/decline`, {
      version: 1,
      reason: 'Det finns redan en likadan idé.',
    });
    expect(Idea.parse(curatorDeclines.json()).status).toBe('REJECTED');
  });

  it('declines with a reason the sender reads through the link and by e-mail', async () => {
    const c = await ideaInLab();
    const url = `/api/v1/ideas/${c.idea.id}/decline`;
    const noReason = await c.owner.post(url, { version: 1, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect((await c.owner.post(url, { version: 3, reason: 'Passar inte labbet.' })).statusCode).toBe(409);
    expect((await c.owner.post(url, { version: 1, reason: 'Passar inte labbet.' })).statusCode).toBe(200);
    const seen = IdeaFollowUp.parse((await followUp(c.idea.followUpToken)).json());
    expect(seen).toMatchObject({ status: 'REJECTED', moderationReason: 'Passar inte labbet.' });

    await t.app.jobs.runDue();
    const mails = await t.app.prisma.outboundEmail.findMany({
      where: { to: c.email },
      orderBy: { createdAt: 'asc' },
    });
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Vi har fått din idé'),
        expect.stringContaining('Din idé visas inte'),
      ]),
    );
    const declined = mails.find((m) => m.subject.includes('visas inte'));
    expect(declined?.text).toContain('Passar inte labbet.');
    // Each e-mail carries a working link of its own.
    const token = /follow-up#([\w-]+)/.exec(declined?.text ?? '')?.[1] ?? '';
    expect(IdeaFollowUp.parse((await followUp(token)).json()).id).toBe(c.idea.id);
  });
});

describe('supports', () => {
  it('counts one support per browser, even when two arrive at once', async () => {
    const c = await ideaInLab();
    await publish(c);
    const url = `/api/v1/ideas/${c.idea.id}/support`;
    expect((await c.anonymous.post(`/api/v1/ideas/${c.idea.id}/support`)).statusCode).toBe(200);
    const visitor = browser(t.app);
    // The browser gets its cookie from supporting another idea first.
    const warmUp = await ideaInLab();
    await publish(warmUp);
    expect((await visitor.request('POST', `/api/v1/ideas/${warmUp.idea.id}/support`)).statusCode).toBe(200);
    const both = await Promise.all([visitor.request('POST', url), visitor.request('POST', url)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const idea = Idea.parse((await visitor.request('GET', `/api/v1/ideas/${c.idea.id}`)).json());
    expect(idea).toMatchObject({ supportCount: 2, supported: true });
    expect(await t.app.prisma.ideaSupport.count({ where: { ideaId: c.idea.id } })).toBe(2);
  });

  it('counts one per account, and forgets it when the account is deleted', async () => {
    const c = await ideaInLab();
    await publish(c);
    const url = `/api/v1/ideas/${c.idea.id}/support`;
    const [first, second] = await Promise.all([c.member.post(url), c.member.post(url)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect(SupportResult.parse((await c.owner.post(url)).json()).supportCount).toBe(2);
    await t.app.prisma.user.delete({ where: { id: c.users.member.id } });
    const idea = Idea.parse((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).json());
    expect(idea.supportCount).toBe(1);
  });

  it('refuses supports of ideas that are not published', async () => {
    const c = await ideaInLab();
    expect((await c.anonymous.post(`/api/v1/ideas/${c.idea.id}/support`)).statusCode).toBe(404);
    expect(await t.app.prisma.ideaSupport.count({ where: { ideaId: c.idea.id } })).toBe(0);
  });
});

describe('comments', () => {
  it('are for signed-in readers; three different reporters hide one until a moderator looks', async () => {
    const c = await ideaInLab();
    await publish(c);
    const commentUrl = `/api/v1/ideas/${c.idea.id}/comments`;
    expect((await c.anonymous.post(commentUrl, { body: 'Bra idé!' })).statusCode).toBe(401);
    const commented = Idea.parse((await c.outsider.post(commentUrl, { body: 'Jag kan hjälpa till.' })).json());
    const commentId = commented.comments[0]?.id ?? '';
    const reportUrl = `${commentUrl}/${commentId}/report`;

    const first = browser(t.app);
    expect((await first.request('POST', reportUrl)).statusCode).toBe(204);
    expect((await first.request('POST', reportUrl)).statusCode).toBe(204);
    expect((await c.member.post(reportUrl)).statusCode).toBe(204);
    const stillShown = Idea.parse((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).json());
    expect(stillShown.comments[0]).toMatchObject({ hidden: false, body: 'Jag kan hjälpa till.', reportCount: null });

    expect((await browser(t.app).request('POST', reportUrl)).statusCode).toBe(204);
    const hidden = Idea.parse((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).json());
    expect(hidden.comments[0]).toMatchObject({ hidden: true, body: null, hiddenReason: null });
    const asModerator = Idea.parse((await c.owner.get(`/api/v1/ideas/${c.idea.id}`)).json());
    expect(asModerator.comments[0]).toMatchObject({ hidden: true, body: 'Jag kan hjälpa till.', reportCount: 3 });

    const moderateUrl = `${commentUrl}/${commentId}/moderate`;
    expect((await c.outsider.post(moderateUrl, { action: 'show', reason: 'Inget fel.' })).statusCode).toBe(403);
    const shown = Idea.parse((await c.owner.post(moderateUrl, { action: 'show', reason: 'Inget fel i den.' })).json());
    expect(shown.comments[0]).toMatchObject({ hidden: false, reportCount: 0 });
    const hiddenByHand = Idea.parse(
      (await c.curator.post(moderateUrl, { action: 'hide', reason: 'Personuppgifter.' })).json(),
    );
    expect(hiddenByHand.comments[0]).toMatchObject({ hidden: true, hiddenReason: 'Personuppgifter.' });
  });

  it('hides a comment once when the second and third report arrive together', async () => {
    const c = await ideaInLab();
    await publish(c);
    const commented = Idea.parse(
      (await c.outsider.post(`/api/v1/ideas/${c.idea.id}/comments`, { body: 'Hej!' })).json(),
    );
    const reportUrl = `/api/v1/ideas/${c.idea.id}/comments/${commented.comments[0]?.id}/report`;
    await browser(t.app).request('POST', reportUrl);
    await Promise.all([browser(t.app).request('POST', reportUrl), browser(t.app).request('POST', reportUrl)]);
    const seen = Idea.parse((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).json());
    expect(seen.comments[0]?.hidden).toBe(true);
  });
});

describe('from idea to challenge', () => {
  it('makes a draft challenge of the lab’s company; both link to each other and the sender is told', async () => {
    const c = await ideaInLab();
    await publish(c);
    const url = `/api/v1/ideas/${c.idea.id}/challenge`;
    expect((await c.outsider.post(url, { version: 2 })).statusCode).toBe(403);
    const converted = await c.member.post(url, { version: 2 });
    expect(converted.statusCode, converted.body).toBe(201);
    const { challengeId } = converted.json() as { challengeId: string };
    expect((await c.member.post(url, { version: 3 })).statusCode).toBe(409);

    const challenge = (await c.member.get(`/api/v1/challenges/${challengeId}`)).json() as Record<string, unknown>;
    expect(challenge).toMatchObject({
      status: 'DRAFT',
      title: 'Läxhjälp i källarlokalen',
      focusArea: 'SCHOOLS',
      lab: { id: c.lab.id },
      organisation: { id: c.organisation.id },
      fromIdeas: [{ id: c.idea.id, title: 'Läxhjälp i källarlokalen' }],
    });
    // While the challenge is a draft the public learns only that the idea became one.
    const publicView = Idea.parse((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).json());
    expect(publicView).toMatchObject({ status: 'CONVERTED', path: { challenge: null } });
    await c.member.patch(`/api/v1/challenges/${challengeId}`, {
      version: 1,
      status: 'OPEN',
      targetGroups: ['CHILDREN'],
    });
    const matched = await createMatch(t.app.prisma, {
      challengeId,
      offeringId: (await createOffering(t.app.prisma)).id,
      state: 'COMPLETED',
    });
    const path = Idea.parse((await c.anonymous.get(`/api/v1/ideas/${c.idea.id}`)).json()).path;
    expect(path.challenge).toMatchObject({ id: challengeId, status: 'OPEN' });
    expect(path.matches).toEqual([
      expect.objectContaining({ id: matched.id, state: 'COMPLETED', outcome: matched.outcomeSummary }),
    ]);
    expect(IdeaFollowUp.parse((await followUp(c.idea.followUpToken)).json()).path.matches).toHaveLength(1);
    await t.app.jobs.runDue();
    const told = await t.app.prisma.outboundEmail.findFirst({
      where: { to: c.email, subject: { contains: 'utmaning' } },
    });
    expect(told?.text).toContain('har blivit en utmaning');
  });
});
