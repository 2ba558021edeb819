import {
  ErrorEnvelope,
  Match,
  MATCH_OPENINGS,
  MatchList,
  MatchMessage,
  MatchMessageList,
  OPENING_ACTIONS,
  TRANSITION_ACTIONS,
  type OpeningAction,
} from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createMatch,
  createMembership,
  createMessage,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const errorOf = (response: { json(): unknown }) => ErrorEnvelope.parse(response.json()).error;

/**
 * A housing company and a local actor with one member each (plus a second housing member), a
 * member of a third organisation, a curator and an anonymous visitor; fresh for every test.
 */
async function cast(options: { municipalityCode?: string } = {}) {
  const prisma = t.app.prisma;
  const housing = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  const actor = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const third = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  async function member(organisationId: string, name: string) {
    const signedIn = await signedInClient(t.app, { name });
    await createMembership(prisma, { organisationId, userId: signedIn.user.id, role: 'MEMBER' });
    return signedIn;
  }
  const housingMember = await member(housing.id, 'Hanna Bostad');
  const housingColleague = await member(housing.id, 'Hugo Bostad');
  const actorMember = await member(actor.id, 'Amir Förening');
  const thirdMember = await member(third.id, 'Tredje Person');
  const curator = await signedInClient(t.app, { platformRole: 'CURATOR', name: 'Cecilia Kurator' });
  const challenge = await createChallenge(prisma, {
    organisationId: housing.id,
    ...(options.municipalityCode ? { municipalityCode: options.municipalityCode } : {}),
  });
  const offering = await createOffering(prisma, { organisationId: actor.id });
  return {
    housing,
    actor,
    third,
    challenge,
    offering,
    housingMember,
    housingColleague,
    actorMember,
    thirdMember,
    curator,
    anonymous: new Client(t.app),
  };
}
type Cast = Awaited<ReturnType<typeof cast>>;

const OPENER: Record<OpeningAction, (c: Cast) => Client> = {
  PROPOSE: (c) => c.curator.client,
  EXPRESS_INTEREST: (c) => c.actorMember.client,
  INVITE: (c) => c.housingMember.client,
};

const open = (client: Client, action: OpeningAction, challengeId: string, offeringId: string, extra = {}) =>
  client.post('/api/v1/matches', { action, challengeId, offeringId, ...extra });

describe('POST /api/v1/matches', () => {
  for (const action of OPENING_ACTIONS) {
    const opening = MATCH_OPENINGS[action];
    it(`${action}: only the ${opening.by} party opens; the match starts PROPOSED with its yes counted`, async () => {
      const c = await cast();
      const prisma = t.app.prisma;
      const wrong = [c.curator.client, c.actorMember.client, c.housingMember.client, c.thirdMember.client].filter(
        (client) => client !== OPENER[action](c),
      );
      expect((await open(c.anonymous, action, c.challenge.id, c.offering.id)).statusCode).toBe(401);
      for (const client of wrong) {
        const refused = await open(client, action, c.challenge.id, c.offering.id);
        expect(refused.statusCode).toBe(403);
        expect(errorOf(refused).code).toBe('FORBIDDEN');
      }
      expect(await prisma.match.count({ where: { challengeId: c.challenge.id } })).toBe(0);

      const opener = OPENER[action](c);
      const response = await open(opener, action, c.challenge.id, c.offering.id, {
        note: 'Ni verkar passa bra ihop.',
        ...(action === 'PROPOSE' ? { curatorNote: 'Följ upp i januari.' } : {}),
      });
      expect(response.statusCode, response.body).toBe(201);
      const match = Match.parse(response.json());
      expect(match).toMatchObject({
        state: 'PROPOSED',
        origin: opening.origin,
        version: 1,
        note: 'Ni verkar passa bra ihop.',
        challenge: { id: c.challenge.id, organisation: { id: c.housing.id } },
        offering: { id: c.offering.id, organisation: { id: c.actor.id } },
      });
      expect(match.housingAcceptedAt !== null).toBe(opening.acceptedBy === 'HOUSING');
      expect(match.actorAcceptedAt !== null).toBe(opening.acceptedBy === 'ACTOR');
      expect(match.events).toHaveLength(1);
      expect(match.events[0]).toMatchObject({ action, fromState: null, toState: 'PROPOSED' });
      expect(match.viewerParties).toEqual([opening.by]);
      expect(match.curatorNote).toBe(action === 'PROPOSE' ? 'Följ upp i januari.' : null);

      expect(await prisma.auditLog.count({ where: { entityId: match.id, action: 'match.open' } })).toBe(1);
      const told = await prisma.notification.findMany({
        where: { matchId: match.id },
        select: { userId: true, kind: true, payload: true },
      });
      expect(told.every((n) => n.kind === opening.notification)).toBe(true);
      // The opener's note travels with the notice; the curators' own note never does.
      expect(told.map((n) => (n.payload as { excerpt?: string }).excerpt)).toEqual(
        told.map(() => 'Ni verkar passa bra ihop.'),
      );
      const toldIds = told.map((n) => n.userId).sort();
      const everyone = [c.housingMember, c.housingColleague, c.actorMember, c.curator].map((p) => p.user.id);
      const openerId = { PROPOSE: c.curator, EXPRESS_INTEREST: c.actorMember, INVITE: c.housingMember }[action].user.id;
      const expectedIds = everyone.filter(
        (id) => id !== openerId && (id !== c.curator.user.id || action === 'PROPOSE'),
      );
      expect(toldIds).toEqual(expectedIds.sort());
    });
  }

  it('keeps the curator note to curators’ proposals', async () => {
    const c = await cast();
    const response = await open(c.actorMember.client, 'EXPRESS_INTEREST', c.challenge.id, c.offering.id, {
      curatorNote: 'Hemligt',
    });
    expect(response.statusCode).toBe(400);
    expect(await t.app.prisma.match.count({ where: { challengeId: c.challenge.id } })).toBe(0);
  });

  it('needs an open challenge and a published offering; hidden ones do not exist for the reader', async () => {
    const c = await cast();
    const prisma = t.app.prisma;
    const closed = await createChallenge(prisma, { organisationId: c.housing.id, status: 'CLOSED' });
    const draftChallenge = await createChallenge(prisma, { organisationId: c.housing.id, status: 'DRAFT' });
    const unpublishedChallenge = await createChallenge(prisma, {
      organisationId: c.housing.id,
      unpublishedAt: new Date(),
      unpublishedReason: 'Felaktig',
    });
    const draftOffering = await createOffering(prisma, { organisationId: c.actor.id, status: 'DRAFT' });
    const archived = await createOffering(prisma, { organisationId: c.actor.id, status: 'ARCHIVED' });
    const unpublishedOffering = await createOffering(prisma, {
      organisationId: c.actor.id,
      unpublishedAt: new Date(),
      unpublishedReason: 'Reklam',
    });
    const inProgress = await createChallenge(prisma, { organisationId: c.housing.id, status: 'IN_PROGRESS' });

    const cases: [Client, OpeningAction, string, string, number, string][] = [
      [c.curator.client, 'PROPOSE', closed.id, c.offering.id, 409, 'challenge'],
      [c.actorMember.client, 'EXPRESS_INTEREST', closed.id, c.offering.id, 409, 'challenge'],
      [c.actorMember.client, 'EXPRESS_INTEREST', draftChallenge.id, c.offering.id, 404, 'challenge'],
      [c.housingMember.client, 'INVITE', draftChallenge.id, c.offering.id, 409, 'challenge'],
      [c.actorMember.client, 'EXPRESS_INTEREST', unpublishedChallenge.id, c.offering.id, 404, 'challenge'],
      [c.curator.client, 'PROPOSE', unpublishedChallenge.id, c.offering.id, 409, 'challenge'],
      [c.housingMember.client, 'INVITE', c.challenge.id, draftOffering.id, 404, 'offering'],
      [c.actorMember.client, 'EXPRESS_INTEREST', c.challenge.id, draftOffering.id, 409, 'offering'],
      [c.housingMember.client, 'INVITE', c.challenge.id, archived.id, 409, 'offering'],
      [c.housingMember.client, 'INVITE', c.challenge.id, unpublishedOffering.id, 404, 'offering'],
      [c.curator.client, 'PROPOSE', c.challenge.id, unpublishedOffering.id, 409, 'offering'],
    ];
    for (const [client, action, challengeId, offeringId, status, what] of cases) {
      const response = await open(client, action, challengeId, offeringId);
      expect(response.statusCode, `${action} ${challengeId} ${offeringId}`).toBe(status);
      expect(errorOf(response).code).toBe(status === 404 ? 'NOT_FOUND' : 'CONFLICT');
      expect(errorOf(response).message).toMatch(new RegExp(what));
    }
    expect(await prisma.match.count({ where: { challenge: { organisationId: c.housing.id } } })).toBe(0);
    expect((await open(c.curator.client, 'PROPOSE', inProgress.id, c.offering.id)).statusCode).toBe(201);
  });

  it('opens one match per pair, ever, and names the existing one', async () => {
    const c = await cast();
    const first = Match.parse((await open(c.curator.client, 'PROPOSE', c.challenge.id, c.offering.id)).json());
    for (const action of OPENING_ACTIONS) {
      const again = await open(OPENER[action](c), action, c.challenge.id, c.offering.id);
      expect(again.statusCode).toBe(409);
      expect(errorOf(again)).toMatchObject({ code: 'MATCH_EXISTS', details: { matchId: first.id } });
    }
    // Even after it ended.
    await c.housingMember.client.post(`/api/v1/matches/${first.id}/transitions`, {
      action: 'DECLINE',
      version: 1,
      reason: 'Inte nu.',
    });
    const afterDecline = await open(c.actorMember.client, 'EXPRESS_INTEREST', c.challenge.id, c.offering.id);
    expect(errorOf(afterDecline)).toMatchObject({ code: 'MATCH_EXISTS', details: { matchId: first.id } });
  });

  it('lets exactly one of two simultaneous openings of a pair through', async () => {
    const c = await cast();
    const [a, b] = await Promise.all([
      open(c.actorMember.client, 'EXPRESS_INTEREST', c.challenge.id, c.offering.id),
      open(c.housingMember.client, 'INVITE', c.challenge.id, c.offering.id),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const [winner, loser] = a.statusCode === 201 ? [a, b] : [b, a];
    const rows = await t.app.prisma.match.findMany({
      where: { challengeId: c.challenge.id },
      include: { events: true },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.events).toHaveLength(1);
    expect(errorOf(loser)).toMatchObject({ code: 'MATCH_EXISTS', details: { matchId: Match.parse(winner.json()).id } });

    const other = await createOffering(t.app.prisma, { organisationId: c.actor.id });
    const same = await Promise.all([
      open(c.curator.client, 'PROPOSE', c.challenge.id, other.id),
      open(c.curator.client, 'PROPOSE', c.challenge.id, other.id),
    ]);
    expect(same.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await t.app.prisma.match.count({ where: { offeringId: other.id } })).toBe(1);
  });
});

describe('GET /api/v1/matches/:id', () => {
  it('shows the timeline oldest first with names, the reader’s parties and actions; curator notes only to curators', async () => {
    const c = await cast();
    const created = Match.parse(
      (
        await open(c.curator.client, 'PROPOSE', c.challenge.id, c.offering.id, {
          note: 'Bra ihop.',
          curatorNote: 'Kolla referenser.',
        })
      ).json(),
    );
    const url = `/api/v1/matches/${created.id}`;
    await c.housingMember.client.post(`${url}/transitions`, { action: 'ACCEPT', version: 1, note: 'Gärna!' });

    const asHousing = Match.parse((await c.housingMember.client.get(url)).json());
    expect(asHousing.events.map((e) => [e.action, e.actor?.name, e.fromState, e.toState])).toEqual([
      ['PROPOSE', 'Cecilia Kurator', null, 'PROPOSED'],
      ['ACCEPT', 'Hanna Bostad', 'PROPOSED', 'PROPOSED'],
    ]);
    expect(asHousing.events[1]?.note).toBe('Gärna!');
    expect(asHousing).toMatchObject({
      viewerParties: ['HOUSING'],
      allowedActions: ['WITHDRAW'],
      curatorNote: null,
      proposedBy: { name: 'Cecilia Kurator' },
      version: 2,
    });
    const asActor = Match.parse((await c.actorMember.client.get(url)).json());
    expect(asActor).toMatchObject({
      viewerParties: ['ACTOR'],
      allowedActions: ['ACCEPT', 'DECLINE', 'WITHDRAW'],
      curatorNote: null,
    });
    const asCurator = Match.parse((await c.curator.client.get(url)).json());
    expect(asCurator).toMatchObject({
      viewerParties: ['CURATOR'],
      allowedActions: ['WITHDRAW'],
      curatorNote: 'Kolla referenser.',
    });

    expect((await c.anonymous.get(url)).statusCode).toBe(401);
    const third = await c.thirdMember.client.get(url);
    expect(third.statusCode).toBe(404);
    expect(third.body).not.toContain('Kolla referenser');
    expect((await c.curator.client.get(`/api/v1/matches/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('PATCH /api/v1/matches/:id', () => {
  it('lets curators keep their note, versioned; everyone else is refused', async () => {
    const c = await cast();
    const match = await createMatch(t.app.prisma, { challengeId: c.challenge.id, offeringId: c.offering.id });
    const url = `/api/v1/matches/${match.id}`;
    expect((await c.housingMember.client.patch(url, { curatorNote: 'x', version: 1 })).statusCode).toBe(403);
    expect((await c.actorMember.client.patch(url, { curatorNote: 'x', version: 1 })).statusCode).toBe(403);
    // A curators' route: refused to every non-curator alike, so it tells nothing of the match.
    expect((await c.thirdMember.client.patch(url, { curatorNote: 'x', version: 1 })).statusCode).toBe(403);
    expect((await c.anonymous.patch(url, { curatorNote: 'x', version: 1 })).statusCode).toBe(401);

    const saved = await c.curator.client.patch(url, { curatorNote: 'Ring Amir.', version: 1 });
    expect(Match.parse(saved.json())).toMatchObject({ curatorNote: 'Ring Amir.', version: 2 });
    const stale = await c.curator.client.patch(url, { curatorNote: 'Äldre', version: 1 });
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const row = await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id } });
    expect(row).toMatchObject({ curatorNote: 'Ring Amir.', version: 2 });
  });
});

describe('concurrent transitions', () => {
  it('two accepts at once with the same version: one wins, the other retries to AGREED', async () => {
    const c = await cast();
    const match = await createMatch(t.app.prisma, { challengeId: c.challenge.id, offeringId: c.offering.id });
    const url = `/api/v1/matches/${match.id}/transitions`;
    const [housing, actor] = await Promise.all([
      c.housingMember.client.post(url, { action: 'ACCEPT', version: 1 }),
      c.actorMember.client.post(url, { action: 'ACCEPT', version: 1 }),
    ]);
    expect([housing.statusCode, actor.statusCode].sort()).toEqual([200, 409]);
    const loser = housing.statusCode === 409 ? c.housingMember.client : c.actorMember.client;
    expect(errorOf(housing.statusCode === 409 ? housing : actor).code).toBe('VERSION_CONFLICT');

    const between = await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id }, include: { events: true } });
    expect(between).toMatchObject({ state: 'PROPOSED', version: 2 });
    expect(between.events).toHaveLength(2);
    expect([between.housingAcceptedAt, between.actorAcceptedAt].filter((d) => d !== null)).toHaveLength(1);

    const reread = Match.parse((await loser.get(`/api/v1/matches/${match.id}`)).json());
    expect(reread.allowedActions).toContain('ACCEPT');
    const retried = await loser.post(url, { action: 'ACCEPT', version: reread.version });
    expect(retried.statusCode).toBe(200);
    expect(Match.parse(retried.json())).toMatchObject({ state: 'AGREED', version: 3 });
    const agreed = await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id }, include: { events: true } });
    expect(agreed.agreedAt).not.toBeNull();
    expect(agreed.events).toHaveLength(3);
  });

  it('an accept and a withdrawal at once: one wins, the match is consistent', async () => {
    const c = await cast();
    const match = await createMatch(t.app.prisma, { challengeId: c.challenge.id, offeringId: c.offering.id });
    const url = `/api/v1/matches/${match.id}/transitions`;
    const [accepted, withdrawn] = await Promise.all([
      c.housingMember.client.post(url, { action: 'ACCEPT', version: 1 }),
      c.actorMember.client.post(url, { action: 'WITHDRAW', version: 1 }),
    ]);
    expect([accepted.statusCode, withdrawn.statusCode].sort()).toEqual([200, 409]);
    const after = await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id }, include: { events: true } });
    expect(after.version).toBe(2);
    expect(after.events).toHaveLength(2);
    if (accepted.statusCode === 200) {
      expect(after).toMatchObject({ state: 'PROPOSED', actorAcceptedAt: null, closedAt: null });
      expect(after.housingAcceptedAt).not.toBeNull();
      const retried = await c.actorMember.client.post(url, { action: 'WITHDRAW', version: 2 });
      expect(Match.parse(retried.json()).state).toBe('WITHDRAWN');
    } else {
      expect(after).toMatchObject({ state: 'WITHDRAWN', housingAcceptedAt: null });
      // The loser learns why on a retry: a withdrawn match cannot be accepted.
      const retried = await c.housingMember.client.post(url, { action: 'ACCEPT', version: 2 });
      expect(errorOf(retried)).toMatchObject({ code: 'CONFLICT', details: { state: 'WITHDRAWN' } });
    }
  });

  it('lets the conditional update decide: a writer that commits after the read wins', async () => {
    const c = await cast();
    const prisma = t.app.prisma;
    const match = await createMatch(prisma, { challengeId: c.challenge.id, offeringId: c.offering.id });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    // Another writer has changed the match but not committed yet, so the request still reads version 1.
    const writer = prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE "Match" SET "version" = "version" + 1 WHERE "id" = ${match.id}::uuid`;
        holding();
        await released;
      },
      { timeout: 60_000 },
    );
    await held;
    const request = c.actorMember.client.post(`/api/v1/matches/${match.id}/transitions`, {
      action: 'ACCEPT',
      version: 1,
    });
    // Wait until the request's UPDATE waits for the writer's row lock, then let the writer commit.
    for (let tries = 0; ; tries += 1) {
      const [row] = await prisma.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if ((row?.waiting ?? 0) > 0) break;
      if (tries > 2000) throw new Error('the request never waited for the row lock');
      await new Promise((resolve) => setImmediate(resolve));
    }
    release();
    await writer;
    const response = await request;
    expect(errorOf(response).code).toBe('VERSION_CONFLICT');
    const after = await prisma.match.findUniqueOrThrow({ where: { id: match.id }, include: { events: true } });
    expect(after).toMatchObject({ version: 2, state: 'PROPOSED', actorAcceptedAt: null });
    expect(after.events).toHaveLength(1);
    expect(await prisma.notification.count({ where: { matchId: match.id } })).toBe(0);
  });

  it('refuses a stale version and changes nothing', async () => {
    const c = await cast();
    const match = await createMatch(t.app.prisma, {
      challengeId: c.challenge.id,
      offeringId: c.offering.id,
      state: 'AGREED',
    });
    const response = await c.actorMember.client.post(`/api/v1/matches/${match.id}/transitions`, {
      action: 'START',
      version: match.version - 1,
    });
    expect(errorOf(response).code).toBe('VERSION_CONFLICT');
    const after = await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id }, include: { events: true } });
    expect(after).toMatchObject({ state: 'AGREED', version: match.version, startedAt: null });
    expect(after.events).toHaveLength(match.events.length);
  });
});

describe('notifications', () => {
  it('tell the other side’s members about a transition, not the one who took it', async () => {
    const c = await cast();
    const match = await createMatch(t.app.prisma, {
      challengeId: c.challenge.id,
      offeringId: c.offering.id,
      origin: 'ACTOR_INTEREST',
    });
    const response = await c.housingMember.client.post(`/api/v1/matches/${match.id}/transitions`, {
      action: 'DECLINE',
      version: 1,
      reason: 'Vi har redan en partner för detta.',
    });
    expect(response.statusCode).toBe(200);
    const rows = await t.app.prisma.notification.findMany({ where: { matchId: match.id } });
    const byUser = new Map(rows.map((n) => [n.userId, n]));
    expect(byUser.has(c.housingMember.user.id)).toBe(false);
    expect(byUser.get(c.actorMember.user.id)).toMatchObject({
      kind: 'MATCH_DECLINED',
      payload: { excerpt: 'Vi har redan en partner för detta.', actorName: 'Hanna Bostad' },
    });
    expect(byUser.get(c.housingColleague.user.id)?.kind).toBe('MATCH_DECLINED');
    expect(byUser.has(c.thirdMember.user.id)).toBe(false);
    expect(rows).toHaveLength(2);
  });

  it('announce the second yes as AGREED', async () => {
    const c = await cast();
    const match = await createMatch(t.app.prisma, {
      challengeId: c.challenge.id,
      offeringId: c.offering.id,
      origin: 'COMPANY_INVITATION',
    });
    await c.actorMember.client.post(`/api/v1/matches/${match.id}/transitions`, { action: 'ACCEPT', version: 1 });
    const kinds = await t.app.prisma.notification.findMany({ where: { matchId: match.id }, select: { kind: true } });
    expect(kinds.map((k) => k.kind)).toEqual(['MATCH_AGREED', 'MATCH_AGREED']);
  });
});

describe('GET /api/v1/matches', () => {
  it('lists the reader’s matches newest change first, filtered, with counts per state under the other filters', async () => {
    const prisma = t.app.prisma;
    const c = await cast({ municipalityCode: '0581' });
    const schools = await createChallenge(prisma, {
      organisationId: c.housing.id,
      focusArea: 'SCHOOLS',
      municipalityCode: '0180',
    });
    const offerings = await Promise.all([1, 2, 3].map(() => createOffering(prisma, { organisationId: c.actor.id })));
    const hour = 3_600_000;
    const ago = (hours: number) => new Date(Date.now() - hours * hour);
    const proposed = await createMatch(prisma, {
      challengeId: c.challenge.id,
      offeringId: offerings[0]!.id,
      createdAt: ago(5),
    });
    const agreed = await createMatch(prisma, {
      challengeId: c.challenge.id,
      offeringId: offerings[1]!.id,
      state: 'AGREED',
      createdAt: ago(4),
    });
    const declined = await createMatch(prisma, {
      challengeId: schools.id,
      offeringId: offerings[2]!.id,
      state: 'DECLINED',
      createdAt: ago(3),
    });
    // Someone else's match, which the parties above must not see.
    const foreign = await createMatch(prisma, {});

    const list = async (client: Client, query: string) => {
      const response = await client.get(`/api/v1/matches?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return MatchList.parse(response.json());
    };
    const ids = (l: MatchList) => l.items.map((m) => m.id);

    const mine = await list(c.housingMember.client, '');
    expect(ids(mine)).toEqual([declined.id, agreed.id, proposed.id]);
    expect(mine.stateCounts).toMatchObject({ PROPOSED: 1, AGREED: 1, DECLINED: 1, ACTIVE: 0 });
    expect(mine.total).toBe(3);
    expect(ids(await list(c.actorMember.client, ''))).toEqual([declined.id, agreed.id, proposed.id]);
    expect(ids(await list(c.thirdMember.client, ''))).toEqual([]);

    const byState = await list(c.housingMember.client, 'state=PROPOSED,AGREED');
    expect(ids(byState)).toEqual([agreed.id, proposed.id]);
    expect(byState.total).toBe(2);
    expect(byState.stateCounts.DECLINED).toBe(1);

    expect(ids(await list(c.housingMember.client, `challengeId=${c.challenge.id}`))).toEqual([agreed.id, proposed.id]);
    expect(ids(await list(c.housingMember.client, `offeringId=${offerings[2]!.id}`))).toEqual([declined.id]);
    expect(ids(await list(c.housingMember.client, 'focusArea=SCHOOLS'))).toEqual([declined.id]);
    expect(ids(await list(c.housingMember.client, 'region=05'))).toEqual([agreed.id, proposed.id]);
    expect(ids(await list(c.housingMember.client, 'municipality=0180'))).toEqual([declined.id]);

    const page = await list(c.housingMember.client, 'pageSize=2&page=2');
    expect(ids(page)).toEqual([proposed.id]);
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });

    // Curators see every match; the organisation filter finds either party.
    const curatorAll = await list(c.curator.client, 'pageSize=100');
    expect(curatorAll.total).toBeGreaterThanOrEqual(4);
    expect(ids(await list(c.curator.client, `organisationId=${c.actor.id}`))).toEqual([
      declined.id,
      agreed.id,
      proposed.id,
    ]);
    expect(ids(await list(c.curator.client, `organisationId=${c.housing.id}&state=DECLINED`))).toEqual([declined.id]);
    expect(ids(await list(c.housingMember.client, `organisationId=${c.housing.id}`))).not.toContain(foreign.id);

    expect((await c.anonymous.get('/api/v1/matches')).statusCode).toBe(401);
  });
});

describe('a third organisation', () => {
  it('reads nothing of a match by any route, and changes nothing', async () => {
    const c = await cast({ municipalityCode: '0581' });
    const created = Match.parse(
      (
        await open(c.curator.client, 'PROPOSE', c.challenge.id, c.offering.id, {
          curatorNote: 'Hemlig anteckning',
        })
      ).json(),
    );
    await createMessage(t.app.prisma, {
      matchId: created.id,
      authorId: c.housingMember.user.id,
      organisationId: c.housing.id,
      body: 'Privat tråd',
    });
    const outsider = c.thirdMember.client;
    const url = `/api/v1/matches/${created.id}`;

    const leaks: string[] = [];
    const check = async (label: string, response: { statusCode: number; body: string }, status: number) => {
      if (response.statusCode !== status) leaks.push(`${label}: ${response.statusCode}`);
      if (response.body.includes(created.id) || /Hemlig|Privat/.test(response.body)) leaks.push(`${label}: leaks`);
    };
    await check('GET match', await outsider.get(url), 404);
    await check('GET messages', await outsider.get(`${url}/messages`), 404);
    await check('POST message', await outsider.post(`${url}/messages`, { body: 'Hej' }), 404);
    // Curators only, whatever the match: the same 403 for one that exists and one that does not.
    await check('PATCH', await outsider.patch(url, { curatorNote: 'x', version: 1 }), 403);
    for (const action of TRANSITION_ACTIONS) {
      await check(
        `transition ${action}`,
        await outsider.post(`${url}/transitions`, {
          action,
          version: 1,
          reason: 'Ingen anledning',
          outcomeSummary: 'Inget resultat',
        }),
        404,
      );
    }
    for (const query of [
      '',
      `challengeId=${c.challenge.id}`,
      `offeringId=${c.offering.id}`,
      `organisationId=${c.housing.id}`,
      `organisationId=${c.actor.id}`,
      'state=PROPOSED',
      'focusArea=UNEMPLOYMENT',
      'region=05',
      'municipality=0581',
      'pageSize=100',
    ]) {
      const response = await outsider.get(`/api/v1/matches?${query}`);
      await check(`list ${query}`, response, 200);
      const body = MatchList.parse(response.json());
      if (body.total !== 0 || Object.values(body.stateCounts).some((n) => n > 0)) leaks.push(`list ${query}: counted`);
    }
    expect(leaks).toEqual([]);

    const row = await t.app.prisma.match.findUniqueOrThrow({
      where: { id: created.id },
      include: { _count: { select: { events: true, messages: true } } },
    });
    expect(row).toMatchObject({ version: 1, state: 'PROPOSED', curatorNote: 'Hemlig anteckning' });
    expect(row._count).toEqual({ events: 1, messages: 1 });

    // The parties see the match but not the curators' note, in the match or the list.
    for (const party of [c.housingMember.client, c.actorMember.client]) {
      const seen = await party.get(url);
      expect(Match.parse(seen.json()).curatorNote).toBeNull();
      expect(seen.body).not.toContain('Hemlig');
      expect((await party.get(`/api/v1/matches?challengeId=${c.challenge.id}`)).body).not.toContain('Hemlig');
    }
    expect(Match.parse((await c.curator.client.get(url)).json()).curatorNote).toBe('Hemlig anteckning');
  });
});

describe('the thread', () => {
  it('is read and written by both organisations and curators, newest first, each message for its side', async () => {
    const c = await cast();
    const match = await createMatch(t.app.prisma, {
      challengeId: c.challenge.id,
      offeringId: c.offering.id,
      state: 'COMPLETED',
    });
    const url = `/api/v1/matches/${match.id}/messages`;
    const post = async (client: Client, body: string) => {
      const response = await client.post(url, { body });
      expect(response.statusCode, response.body).toBe(201);
      return MatchMessage.parse(response.json());
    };
    const fromHousing = await post(c.housingMember.client, 'Hej från bostadsbolaget, välkomna!');
    expect(fromHousing).toMatchObject({
      author: { name: 'Hanna Bostad' },
      organisation: { id: c.housing.id },
    });
    const fromActor = await post(c.actorMember.client, 'Tack, vi ses på tisdag.');
    expect(fromActor.organisation?.id).toBe(c.actor.id);
    const fromCurator = await post(c.curator.client, 'Jag följer gärna med.');
    expect(fromCurator).toMatchObject({ author: { name: 'Cecilia Kurator' }, organisation: null });

    const all = MatchMessageList.parse((await c.actorMember.client.get(url)).json());
    expect(all.items.map((m) => m.id)).toEqual([fromCurator.id, fromActor.id, fromHousing.id]);
    expect(all.total).toBe(3);
    const second = MatchMessageList.parse((await c.curator.client.get(`${url}?pageSize=2&page=2`)).json());
    expect(second.items.map((m) => m.id)).toEqual([fromHousing.id]);

    const told = await t.app.prisma.notification.findMany({
      where: { matchId: match.id, kind: 'MATCH_MESSAGE', userId: c.actorMember.user.id },
    });
    expect(told.map((n) => (n.payload as { excerpt?: string }).excerpt).sort()).toEqual([
      'Hej från bostadsbolaget, välkomna!',
      'Jag följer gärna med.',
    ]);

    expect((await c.anonymous.get(url)).statusCode).toBe(401);
    expect((await c.anonymous.post(url, { body: 'Hej' })).statusCode).toBe(401);
    expect((await c.housingMember.client.post(url, { body: '   ' })).statusCode).toBe(400);
    expect(await t.app.prisma.message.count({ where: { matchId: match.id } })).toBe(3);
  });
});

describe('rate limits on the writes that notify others', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ WRITE_RATE_LIMIT: '3' });
  });
  afterAll(async () => limited?.close());

  it('answers 429 once a client has used up its messages, and sends nothing more', async () => {
    const prisma = limited.app.prisma;
    const housing = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
    const writer = await signedInClient(limited.app);
    await createMembership(prisma, { organisationId: housing.id, userId: writer.user.id });
    const match = await createMatch(prisma, {
      challengeId: (await createChallenge(prisma, { organisationId: housing.id })).id,
    });
    const url = `/api/v1/matches/${match.id}/messages`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await writer.client.post(url, { body: `Meddelande ${i}` })).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const blocked = await writer.client.post(url, { body: 'Ett till' });
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(errorOf(blocked).code).toBe('RATE_LIMITED');
    expect(await prisma.message.count({ where: { matchId: match.id } })).toBe(3);
    // Reading the thread is not limited by it.
    expect((await writer.client.get(url)).statusCode).toBe(200);
  });
});
