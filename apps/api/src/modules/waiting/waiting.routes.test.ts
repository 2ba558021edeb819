import { MatchList, WaitingOverview } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  // The hourly jobs (reminders, digests) stay out of the way: nothing here polls the queue.
  t = await createTestApp({ JOB_WORKER: 'false' });
});
afterAll(async () => t?.close());

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function cast() {
  const prisma = t.app.prisma;
  const housing = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  const actor = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  async function member(organisationId: string) {
    const signedIn = await signedInClient(t.app);
    await createMembership(prisma, { organisationId, userId: signedIn.user.id, role: 'MEMBER' });
    return signedIn;
  }
  const housingMember = await member(housing.id);
  const actorMember = await member(actor.id);
  const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
  const challenge = await createChallenge(prisma, { organisationId: housing.id });
  return { housing, actor, housingMember, actorMember, curator, challenge };
}

const overviewOf = async (client: Client) => {
  const response = await client.get('/api/v1/overview');
  expect(response.statusCode).toBe(200);
  return WaitingOverview.parse(response.json());
};

describe('GET /api/v1/overview', () => {
  it('asks who you are first', async () => {
    const response = await new Client(t.app).get('/api/v1/overview');
    expect(response.statusCode).toBe(401);
  });

  it('shows each side what waits for its answer, longest first, and nothing the other side owes', async () => {
    const c = await cast();
    const prisma = t.app.prisma;
    // An actor's interest waits for the company; an invitation waits for the actor.
    const older = await createMatch(prisma, {
      origin: 'ACTOR_INTEREST',
      challengeId: c.challenge.id,
      offeringId: (await createOffering(prisma, { organisationId: c.actor.id })).id,
      createdAt: daysAgo(9),
    });
    const newer = await createMatch(prisma, {
      origin: 'ACTOR_INTEREST',
      challengeId: c.challenge.id,
      offeringId: (await createOffering(prisma, { organisationId: c.actor.id })).id,
      createdAt: daysAgo(2),
    });
    const invitation = await createMatch(prisma, {
      origin: 'COMPANY_INVITATION',
      challengeId: c.challenge.id,
      offeringId: (await createOffering(prisma, { organisationId: c.actor.id })).id,
      createdAt: daysAgo(4),
    });
    // Under way: waits for nobody.
    await createMatch(prisma, {
      state: 'ACTIVE',
      challengeId: c.challenge.id,
      offeringId: (await createOffering(prisma, { organisationId: c.actor.id })).id,
    });

    const company = await overviewOf(c.housingMember.client);
    expect(company.waitingForYou.items.map((m) => m.id)).toEqual([older.id, newer.id]);
    expect(company.waitingForYou.total).toBe(2);
    expect(company.waitingForYou.items[0]!.waiting).toEqual({
      sides: ['HOUSING'],
      mode: 'EACH',
      since: older.createdAt.toISOString(),
    });
    expect(company.curator).toBeNull();

    const actor = await overviewOf(c.actorMember.client);
    expect(actor.waitingForYou.items.map((m) => m.id)).toEqual([invitation.id]);
  });

  it('lists your open challenges with their suggestions, and your unread notifications', async () => {
    const c = await cast();
    const prisma = t.app.prisma;
    await createOffering(prisma, { organisationId: c.actor.id });
    // The company's member is told of the actor's interest (an unread notification).
    const offering = await createOffering(prisma, { organisationId: c.actor.id });
    const opened = await c.actorMember.client.post('/api/v1/matches', {
      action: 'EXPRESS_INTEREST',
      challengeId: c.challenge.id,
      offeringId: offering.id,
    });
    expect(opened.statusCode).toBe(201);

    const company = await overviewOf(c.housingMember.client);
    const own = company.ownItems.find((item) => item.id === c.challenge.id);
    expect(own?.kind).toBe('CHALLENGE');
    // Suggestions are pairs not yet matched.
    expect(own?.suggestions.map((s) => s.id)).not.toContain(offering.id);
    expect(company.unread.count).toBe(1);
    expect(company.unread.latest[0]).toMatchObject({ kind: 'MATCH_INTEREST', readAt: null });

    const actor = await overviewOf(c.actorMember.client);
    expect(actor.unread.count).toBe(0);
    expect(actor.ownItems.filter((item) => item.kind === 'OFFERING').length).toBeGreaterThan(0);
  });

  it('shows curators the verification queue and the matches waiting longest', async () => {
    const c = await cast();
    const prisma = t.app.prisma;
    await createOrganisation(prisma, { kind: 'LOCAL_ACTOR', verification: 'PENDING' });
    const longest = await createMatch(prisma, { challengeId: c.challenge.id, createdAt: daysAgo(400) });
    const curator = await overviewOf(c.curator.client);
    expect(curator.curator).not.toBeNull();
    expect(curator.curator!.verificationQueue).toBe(
      await prisma.organisation.count({ where: { verification: 'PENDING' } }),
    );
    expect(curator.curator!.verificationQueue).toBeGreaterThan(0);
    expect(curator.curator!.longestWaiting[0]!.id).toBe(longest.id);
    // A curator who belongs to no organisation owes no answer themselves.
    expect(curator.waitingForYou.total).toBe(0);
  });
});

describe('GET /api/v1/matches?sort=WAITING', () => {
  it('puts the longest waiting first, by the same rule the matches show, and those waiting for nobody last', async () => {
    const c = await cast();
    const prisma = t.app.prisma;
    const offering = () => createOffering(prisma, { organisationId: c.actor.id }).then((o) => o.id);
    const active = await createMatch(prisma, {
      state: 'ACTIVE',
      challengeId: c.challenge.id,
      offeringId: await offering(),
      createdAt: daysAgo(30),
    });
    // Agreed long after it was proposed: it waits since it was agreed, not since it was opened.
    const agreed = await createMatch(prisma, {
      challengeId: c.challenge.id,
      offeringId: await offering(),
      createdAt: daysAgo(20),
      steps: [
        { action: 'ACCEPT', side: 'HOUSING', at: daysAgo(19) },
        { action: 'ACCEPT', side: 'ACTOR', at: daysAgo(3) },
      ],
    });
    const proposed = await createMatch(prisma, {
      challengeId: c.challenge.id,
      offeringId: await offering(),
      createdAt: daysAgo(10),
    });
    // One side's yes does not restart the wait for the other.
    const halfAnswered = await createMatch(prisma, {
      challengeId: c.challenge.id,
      offeringId: await offering(),
      createdAt: daysAgo(12),
      steps: [{ action: 'ACCEPT', side: 'ACTOR', at: daysAgo(1) }],
    });

    const response = await c.curator.client.get(
      `/api/v1/matches?organisationId=${c.housing.id}&sort=WAITING&pageSize=10`,
    );
    expect(response.statusCode).toBe(200);
    const list = MatchList.parse(response.json());
    expect(list.items.map((m) => m.id)).toEqual([halfAnswered.id, proposed.id, agreed.id, active.id]);
    expect(list.items.map((m) => m.waiting?.sides ?? null)).toEqual([
      ['HOUSING'],
      ['HOUSING', 'ACTOR'],
      ['HOUSING', 'ACTOR'],
      null,
    ]);
    const since = list.items.map((m) => m.waiting?.since);
    expect(since.slice(0, 3)).toEqual([...since.slice(0, 3)].sort());
    expect(list.items[2]!.waiting).toMatchObject({ mode: 'EITHER' });
  });

  it('refuses an unknown order', async () => {
    const c = await cast();
    const response = await c.curator.client.get('/api/v1/matches?sort=OLDEST');
    expect(response.statusCode).toBe(400);
  });
});
