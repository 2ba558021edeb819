import { randomUUID } from 'node:crypto';
import {
  EmailPreferences,
  ErrorEnvelope,
  NotificationList,
  SENT_NOTIFICATION_KINDS,
  UnreadCount,
  type NotificationKind,
} from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';
import { notifyMatchParties } from './notify';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const errorOf = (body: string) => ErrorEnvelope.parse(JSON.parse(body)).error;

/**
 * A housing company member told three things by a local actor, a minute apart (so "newest
 * first" has one answer), and an outsider with a notification of their own on another match.
 */
async function cast() {
  const db = t.app.prisma;
  const housingOrg = await createOrganisation(db, { kind: 'HOUSING_COMPANY' });
  const actorOrg = await createOrganisation(db, { kind: 'LOCAL_ACTOR' });
  const reader = await signedInClient(t.app);
  const actor = await signedInClient(t.app, { name: 'Hodan Warsame' });
  await createMembership(db, { userId: reader.user.id, organisationId: housingOrg.id });
  await createMembership(db, { userId: actor.user.id, organisationId: actorOrg.id });
  const challenge = await createChallenge(db, { organisationId: housingOrg.id });
  const offering = await createOffering(db, { organisationId: actorOrg.id });
  const match = await createMatch(db, { origin: 'ACTOR_INTEREST', challengeId: challenge.id, offeringId: offering.id });

  const kinds: NotificationKind[] = ['MATCH_INTEREST', 'MATCH_MESSAGE', 'MATCH_ACCEPTED'];
  for (const [i, kind] of kinds.entries()) {
    await db.$transaction((tx) =>
      notifyMatchParties(tx, {
        matchId: match.id,
        kind,
        actorId: actor.user.id,
        ...(kind === 'MATCH_MESSAGE' ? { excerpt: 'Hej! Kan vi ses på torsdag?' } : {}),
      }),
    );
    await db.notification.updateMany({
      where: { userId: reader.user.id, kind },
      data: { createdAt: new Date(Date.UTC(2026, 10, 1, 10, i)) },
    });
  }

  const outsider = await signedInClient(t.app);
  const outsiderOrg = await createOrganisation(db, { kind: 'LOCAL_ACTOR' });
  await createMembership(db, { userId: outsider.user.id, organisationId: outsiderOrg.id });
  const otherMatch = await createMatch(db, {
    origin: 'ACTOR_INTEREST',
    offeringId: (await createOffering(db, { organisationId: outsiderOrg.id })).id,
  });
  await db.$transaction((tx) =>
    notifyMatchParties(tx, { matchId: otherMatch.id, kind: 'MATCH_ACCEPTED', actorId: null }),
  );
  return {
    reader: reader.client,
    readerId: reader.user.id,
    actor: actor.client,
    outsider: outsider.client,
    match,
    challenge,
  };
}

const list = async (client: Client, query = '') => {
  const response = await client.get(`/api/v1/notifications${query}`);
  expect(response.statusCode).toBe(200);
  return NotificationList.parse(response.json());
};
const unread = async (client: Client) => {
  const response = await client.get('/api/v1/notifications/unread-count');
  expect(response.statusCode).toBe(200);
  return UnreadCount.parse(response.json()).unread;
};

describe('notifications', () => {
  it('lists only the reader’s own, newest first, with what happened and the unread count', async () => {
    const { reader, actor, outsider, match, challenge } = await cast();

    const mine = await list(reader);
    expect(mine.items.map((n) => n.kind)).toEqual(['MATCH_ACCEPTED', 'MATCH_MESSAGE', 'MATCH_INTEREST']);
    expect(mine).toMatchObject({ total: 3, unread: 3, page: 1 });
    expect(mine.items[1]).toMatchObject({
      matchId: match.id,
      readAt: null,
      payload: {
        challengeTitle: challenge.title,
        actorName: 'Hodan Warsame',
        excerpt: 'Hej! Kan vi ses på torsdag?',
      },
    });
    // The one who acted is not told about it.
    expect((await list(actor)).total).toBe(0);
    const theirs = await list(outsider);
    expect(theirs.total).toBe(1);
    expect(theirs.items.map((n) => n.id)).not.toContain(mine.items[0]?.id);

    const paged = await list(reader, '?pageSize=2&page=2');
    expect(paged.items.map((n) => n.kind)).toEqual(['MATCH_INTEREST']);
    expect(paged.total).toBe(3);
  });

  it('marks one read (only the reader’s own), then all, and the counts follow', async () => {
    const { reader, outsider } = await cast();
    const [newest, middle] = (await list(reader)).items;

    expect((await outsider.post(`/api/v1/notifications/${newest!.id}/read`)).statusCode).toBe(404);
    expect(errorOf((await outsider.post(`/api/v1/notifications/${newest!.id}/read`)).body).code).toBe('NOT_FOUND');
    expect((await reader.post(`/api/v1/notifications/${randomUUID()}/read`)).statusCode).toBe(404);
    expect(await unread(reader)).toBe(3);

    expect((await reader.post(`/api/v1/notifications/${middle!.id}/read`)).statusCode).toBe(204);
    // Reading it again is harmless.
    expect((await reader.post(`/api/v1/notifications/${middle!.id}/read`)).statusCode).toBe(204);
    expect(await unread(reader)).toBe(2);
    const onlyUnread = await list(reader, '?unread=true');
    expect(onlyUnread.items.map((n) => n.id)).not.toContain(middle!.id);
    expect(onlyUnread).toMatchObject({ total: 2, unread: 2 });
    const all = await list(reader);
    expect(all.items.find((n) => n.id === middle!.id)?.readAt).toEqual(expect.any(String));

    const outsiderUnread = await unread(outsider);
    expect((await reader.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect(await unread(reader)).toBe(0);
    expect((await list(reader, '?unread=true')).total).toBe(0);
    expect(await unread(outsider)).toBe(outsiderUnread);
  });

  it('marks one match’s notifications read when its page is opened, and leaves the others', async () => {
    const { reader, readerId, match, challenge } = await cast();
    const db = t.app.prisma;
    const otherChallenge = await createChallenge(db, { organisationId: challenge.organisationId });
    const other = await createMatch(db, { origin: 'ACTOR_INTEREST', challengeId: otherChallenge.id });
    await db.$transaction((tx) => notifyMatchParties(tx, { matchId: other.id, kind: 'MATCH_INTEREST', actorId: null }));
    expect(await db.notification.count({ where: { userId: readerId, matchId: other.id } })).toBe(1);
    expect(await unread(reader)).toBe(4);

    expect((await reader.post(`/api/v1/notifications/read-all?matchId=${match.id}`)).statusCode).toBe(204);
    expect(await unread(reader)).toBe(1);
    expect((await list(reader, '?unread=true')).items.map((n) => n.matchId)).toEqual([other.id]);
    expect((await reader.post('/api/v1/notifications/read-all?matchId=nope')).statusCode).toBe(400);
    expect(await unread(reader)).toBe(1);
  });

  it('keeps e-mail on for every kind by default, and changes only the kinds sent', async () => {
    const { reader, readerId } = await cast();
    const put = (items: unknown) =>
      reader.request({ method: 'PUT', url: '/api/v1/notifications/preferences', payload: { items } });

    const defaults = EmailPreferences.parse((await reader.get('/api/v1/notifications/preferences')).json());
    expect(defaults.items).toEqual(SENT_NOTIFICATION_KINDS.map((kind) => ({ kind, email: true })));

    const changed = await put([
      { kind: 'MATCH_MESSAGE', email: false },
      { kind: 'MATCH_DECLINED', email: false },
    ]);
    expect(changed.statusCode).toBe(200);
    const expected = SENT_NOTIFICATION_KINDS.map((kind) => ({
      kind,
      email: kind !== 'MATCH_MESSAGE' && kind !== 'MATCH_DECLINED',
    }));
    expect(EmailPreferences.parse(changed.json()).items).toEqual(expected);
    expect(EmailPreferences.parse((await reader.get('/api/v1/notifications/preferences')).json()).items).toEqual(
      expected,
    );

    await put([{ kind: 'MATCH_MESSAGE', email: true }]);
    const after = EmailPreferences.parse((await reader.get('/api/v1/notifications/preferences')).json()).items;
    expect(after.filter((p) => !p.email).map((p) => p.kind)).toEqual(['MATCH_DECLINED']);
    expect(
      await t.app.prisma.auditLog.count({ where: { actorId: readerId, action: 'user.notification_preferences' } }),
    ).toBe(2);

    // A kind that does not exist, or no kinds at all, is refused and changes nothing.
    expect((await put([{ kind: 'NOT_A_KIND', email: false }])).statusCode).toBe(400);
    expect((await put([])).statusCode).toBe(400);
    expect(EmailPreferences.parse((await reader.get('/api/v1/notifications/preferences')).json()).items).toEqual(after);
  });

  it('answers 401 to anonymous readers on every route', async () => {
    const anonymous = new Client(t.app);
    const id = randomUUID();
    const responses = await Promise.all([
      anonymous.get('/api/v1/notifications'),
      anonymous.get('/api/v1/notifications/unread-count'),
      anonymous.post(`/api/v1/notifications/${id}/read`),
      anonymous.post('/api/v1/notifications/read-all'),
      anonymous.get('/api/v1/notifications/preferences'),
      anonymous.request({
        method: 'PUT',
        url: '/api/v1/notifications/preferences',
        payload: { items: [{ kind: 'MATCH_MESSAGE', email: false }] },
      }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(responses.map((r) => errorOf(r.body).code)).toEqual(Array(6).fill('UNAUTHENTICATED'));
  });
});
