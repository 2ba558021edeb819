import { FollowState, NotificationList } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { createChallenge, createIdea, createLab, createMethod } from '../../db/seed/factories';
import { organisationCast, signedInClient, useTestApp } from '../../test/app';
import { NOTIFICATION_EMAIL_QUEUE } from '../notifications/notify';

const t = useTestApp();

async function cast() {
  const c = await organisationCast(t.app, 'HOUSING_COMPANY');
  const lab = await createLab(t.app.prisma, {
    organisationId: c.organisation.id,
    name: `Labbet ${c.organisation.slug}`,
  });
  const follower = await signedInClient(t.app);
  return { ...c, lab, follower };
}

describe('following labs, ideas and challenges', () => {
  it('follows and unfollows, idempotently, and answers the state', async () => {
    const { lab, follower, anonymous } = await cast();
    const url = `/api/v1/follows/LAB/${lab.id}`;
    expect(FollowState.parse((await follower.client.get(url)).json())).toEqual({ following: false });
    expect((await follower.client.request({ method: 'PUT', url })).json()).toEqual({ following: true });
    expect((await follower.client.request({ method: 'PUT', url })).json()).toEqual({ following: true });
    expect(FollowState.parse((await follower.client.get(url)).json())).toEqual({ following: true });
    expect(await t.app.prisma.follow.count({ where: { targetId: lab.id } })).toBe(1);
    expect((await follower.client.delete(url)).json()).toEqual({ following: false });
    expect(FollowState.parse((await anonymous.get(url)).json())).toEqual({ following: false });
    expect((await anonymous.request({ method: 'PUT', url })).statusCode).toBe(401);
  });

  it('follows only what the reader may see', async () => {
    const { organisation, follower } = await cast();
    const hidden = await createLab(t.app.prisma, {
      organisationId: organisation.id,
      unpublishedAt: new Date(),
      unpublishedReason: 'x',
    });
    const draft = await createChallenge(t.app.prisma, { organisationId: organisation.id, status: 'DRAFT' });
    const pending = await createIdea(t.app.prisma, { status: 'PENDING' });
    for (const [kind, id] of [
      ['LAB', hidden.id],
      ['CHALLENGE', draft.id],
      ['IDEA', pending.id],
      ['LAB', '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      expect((await follower.client.request({ method: 'PUT', url: `/api/v1/follows/${kind}/${id}` })).statusCode).toBe(
        404,
      );
    }
    // A kind that cannot be followed names nothing, as a malformed id does.
    expect(
      (await follower.client.request({ method: 'PUT', url: `/api/v1/follows/MATCH/${draft.id}` })).statusCode,
    ).toBe(404);
    const idea = await createIdea(t.app.prisma);
    expect((await follower.client.request({ method: 'PUT', url: `/api/v1/follows/IDEA/${idea.id}` })).statusCode).toBe(
      200,
    );
  });

  it('tells a lab’s followers of a published diary post and a new meeting, in the app and by e-mail', async () => {
    const { lab, follower, member, users } = await cast();
    // The writer follows too, and is not told of their own post.
    for (const client of [follower.client, member]) {
      await client.request({ method: 'PUT', url: `/api/v1/follows/LAB/${lab.id}` });
    }
    const draft = await member.post(`/api/v1/labs/${lab.id}/diary`, { title: 'Utkast', body: 'x', published: false });
    expect(draft.statusCode).toBe(201);
    const list = async () =>
      NotificationList.parse((await follower.client.get('/api/v1/notifications')).json()).items.filter(
        (n) => n.payload.labId === lab.id,
      );
    expect(await list()).toHaveLength(0);

    const post = draft.json() as { id: string };
    const published = await member.request({
      method: 'PUT',
      url: `/api/v1/diary/${post.id}`,
      payload: {
        title: 'Nu är det klart',
        body: 'x',
        postedOn: '2026-11-20',
        imageId: null,
        imageAlt: null,
        links: [],
        published: true,
        version: 1,
      },
    });
    expect(published.statusCode, published.body).toBe(200);
    const method = await createMethod(t.app.prisma, { name: 'Framtidsverkstad' });
    await member.post(`/api/v1/labs/${lab.id}/meetings`, {
      methodId: method.id,
      heldOn: '2026-11-21',
      place: 'Biblioteket',
      participants: 14,
    });

    const notes = await list();
    expect(notes.map((n) => [n.kind, n.payload.itemTitle])).toEqual([
      ['LAB_MEETING', 'Framtidsverkstad'],
      ['LAB_DIARY_POST', 'Nu är det klart'],
    ]);
    expect(notes[1]?.payload).toMatchObject({ labName: lab.name, labId: lab.id, actorName: expect.any(String) });
    const mine = await t.app.prisma.notification.count({ where: { userId: users.member.id, kind: 'LAB_DIARY_POST' } });
    expect(mine).toBe(0);
    const ids = (
      await t.app.prisma.notification.findMany({ where: { userId: follower.user.id }, select: { id: true } })
    ).map((n) => n.id);
    const jobs = await t.app.prisma.job.count({
      where: {
        queue: NOTIFICATION_EMAIL_QUEUE,
        dedupeKey: { in: ids.map((id) => `${NOTIFICATION_EMAIL_QUEUE}:${id}`) },
      },
    });
    expect(jobs).toBe(2);
  });

  it('tells a challenge’s followers when it changes status, under their e-mail choice', async () => {
    const { organisation, follower, member } = await cast();
    const challenge = await createChallenge(t.app.prisma, {
      organisationId: organisation.id,
      status: 'OPEN',
      title: 'Läxhjälp',
    });
    await follower.client.request({ method: 'PUT', url: `/api/v1/follows/CHALLENGE/${challenge.id}` });
    const turnedOff = await follower.client.request({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      payload: { items: [{ kind: 'CHALLENGE_STATUS_CHANGED', email: false }] },
    });
    expect(turnedOff.statusCode).toBe(200);
    const moved = await member.patch(`/api/v1/challenges/${challenge.id}`, { version: 1, status: 'IN_PROGRESS' });
    expect(moved.statusCode, moved.body).toBe(200);
    const notes = await t.app.prisma.notification.findMany({ where: { userId: follower.user.id } });
    expect(notes.map((n) => [n.kind, n.payload])).toEqual([
      [
        'CHALLENGE_STATUS_CHANGED',
        { challengeId: challenge.id, challengeTitle: 'Läxhjälp', challengeStatus: 'IN_PROGRESS' },
      ],
    ]);
    expect(await t.app.prisma.job.count({ where: { dedupeKey: `${NOTIFICATION_EMAIL_QUEUE}:${notes[0]?.id}` } })).toBe(
      0,
    );
    // An edit that does not move the status tells nobody.
    await member.patch(`/api/v1/challenges/${challenge.id}`, { version: 2, summary: 'Ny sammanfattning' });
    expect(await t.app.prisma.notification.count({ where: { userId: follower.user.id } })).toBe(1);
  });

  it('tells an idea’s followers when it is taken down, put back and made a challenge, by e-mail too', async () => {
    const { lab, follower, member, users } = await cast();
    const idea = await createIdea(t.app.prisma, { labId: lab.id, title: 'Odlingslotter på gården' });
    await follower.client.request({ method: 'PUT', url: `/api/v1/follows/IDEA/${idea.id}` });
    // The moderator follows too, and is not told of their own step.
    await member.request({ method: 'PUT', url: `/api/v1/follows/IDEA/${idea.id}` });

    const unpublished = await member.post(`/api/v1/ideas/${idea.id}/unpublish`, {
      version: 1,
      reason: 'Namn i texten',
    });
    expect(unpublished.statusCode, unpublished.body).toBe(200);
    expect((await member.post(`/api/v1/ideas/${idea.id}/restore`, { version: 2, reason: 'Rättad' })).statusCode).toBe(
      200,
    );
    const converted = await member.post(`/api/v1/ideas/${idea.id}/challenge`, { version: 3 });
    expect(converted.statusCode, converted.body).toBe(201);

    const notes = NotificationList.parse((await follower.client.get('/api/v1/notifications')).json()).items;
    expect(notes.map((n) => [n.kind, n.payload])).toEqual(
      ['CONVERTED', 'PUBLISHED', 'HIDDEN'].map((ideaStatus) => [
        'IDEA_STATUS_CHANGED',
        { ideaId: idea.id, ideaTitle: 'Odlingslotter på gården', ideaStatus },
      ]),
    );
    // The moderator's reason stays with the moderators.
    expect(JSON.stringify(notes)).not.toContain('Namn i texten');
    expect(await t.app.prisma.notification.count({ where: { userId: users.member.id } })).toBe(0);
    const jobs = await t.app.prisma.job.count({
      where: { dedupeKey: { in: notes.map((n) => `${NOTIFICATION_EMAIL_QUEUE}:${n.id}`) } },
    });
    expect(jobs).toBe(3);
  });

  it('tells only the company’s own and curators when a waiting idea is declined', async () => {
    const { lab, member, owner, users, curator } = await cast();
    const idea = await createIdea(t.app.prisma, { labId: lab.id, status: 'PENDING' });
    for (const client of [owner, curator]) {
      expect((await client.request({ method: 'PUT', url: `/api/v1/follows/IDEA/${idea.id}` })).statusCode).toBe(200);
    }
    // A follower who has since left the company is not told of what the public never saw.
    await t.app.prisma.membership.deleteMany({ where: { userId: users.owner.id } });
    const declined = await member.post(`/api/v1/ideas/${idea.id}/decline`, { version: 1, reason: 'Hör till kommunen' });
    expect(declined.statusCode, declined.body).toBe(200);
    const told = await t.app.prisma.notification.findMany({
      where: { kind: 'IDEA_STATUS_CHANGED', payload: { path: ['ideaId'], equals: idea.id } },
      select: { userId: true, payload: true },
    });
    expect(told).toEqual([{ userId: users.curator.id, payload: expect.objectContaining({ ideaStatus: 'REJECTED' }) }]);
  });
});
