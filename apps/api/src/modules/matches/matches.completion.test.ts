import { ChallengeList, ErrorEnvelope, Match, SuggestionList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
  type MatchStep,
} from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

// Completion takes two parties; only confirmed completions count; a match can be opened from
// any open challenge or published offering, not only from the suggestions; and the challenge's
// status is offered to follow its matches.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const errorOf = (response: { json(): unknown }) => ErrorEnvelope.parse(response.json()).error;

async function cast() {
  const prisma = t.app.prisma;
  const housing = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  const actor = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const third = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  async function member(organisationId: string) {
    const signedIn = await signedInClient(t.app);
    await createMembership(prisma, { organisationId, userId: signedIn.user.id, role: 'MEMBER' });
    return signedIn;
  }
  const housingMember = await member(housing.id);
  const actorMember = await member(actor.id);
  const thirdMember = await member(third.id);
  const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
  const challenge = await createChallenge(prisma, { organisationId: housing.id });
  const offering = await createOffering(prisma, { organisationId: actor.id });
  return {
    housing,
    actor,
    challenge,
    offering,
    company: housingMember.client,
    actorClient: actorMember.client,
    outsider: thirdMember.client,
    curator: curator.client,
    anonymous: new Client(t.app),
  };
}
type Cast = Awaited<ReturnType<typeof cast>>;

const started: MatchStep[] = [{ action: 'ACCEPT', side: 'HOUSING' }, { action: 'START' }];

async function activeMatch(c: Cast, challengeId = c.challenge.id) {
  return createMatch(t.app.prisma, {
    origin: 'ACTOR_INTEREST',
    challengeId,
    offeringId: c.offering.id,
    createdAt: new Date(Date.now() - 3_600_000),
    steps: started,
  });
}

async function transition(client: Client, matchId: string, body: Record<string, unknown>) {
  const current = await t.app.prisma.match.findUniqueOrThrow({ where: { id: matchId }, select: { version: true } });
  return client.post(`/api/v1/matches/${matchId}/transitions`, { version: current.version, ...body });
}

const OUTCOME = 'Nio av tio deltagare fick jobb eller började studera.';

describe('completing a match', () => {
  it('takes a proposal by one side and a confirmation by the other, who is told at each step', async () => {
    const c = await cast();
    const match = await activeMatch(c);

    const proposed = await transition(c.actorClient, match.id, {
      action: 'PROPOSE_COMPLETION',
      outcomeSummary: OUTCOME,
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const waiting = Match.parse(proposed.json());
    expect(waiting).toMatchObject({
      state: 'ACTIVE',
      outcomeSummary: OUTCOME,
      completionProposedBy: 'ACTOR',
      completedAt: null,
      allowedActions: ['WITHDRAW'],
    });
    expect(waiting.completionProposedAt).not.toBeNull();
    expect(waiting.completionProposer).not.toBeNull();

    // The proposer cannot confirm their own proposal.
    const own = await transition(c.actorClient, match.id, { action: 'CONFIRM_COMPLETION' });
    expect(own.statusCode).toBe(403);
    expect(errorOf(own).details).toMatchObject({ refusal: 'OWN_PROPOSAL' });

    // The company hears of the proposal in the app, with the outcome, and by e-mail.
    const companyView = Match.parse((await c.company.get(`/api/v1/matches/${match.id}`)).json());
    expect(companyView.allowedActions).toEqual(['WITHDRAW', 'CONFIRM_COMPLETION', 'DECLINE_COMPLETION']);
    const notes = await t.app.prisma.notification.findMany({
      where: { matchId: match.id, kind: 'MATCH_COMPLETION_PROPOSED' },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]?.payload).toMatchObject({ excerpt: OUTCOME });
    const mailJobs = await t.app.prisma.job.count({
      where: { queue: 'notification-email', payload: { path: ['notificationId'], equals: notes[0]?.id ?? '' } },
    });
    expect(mailJobs).toBe(1);

    const confirmed = await transition(c.company, match.id, { action: 'CONFIRM_COMPLETION' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const done = Match.parse(confirmed.json());
    expect(done).toMatchObject({ state: 'COMPLETED', outcomeSummary: OUTCOME, completionProposedBy: 'ACTOR' });
    expect(done.completedAt).not.toBeNull();
    expect(done.events.map((e) => e.action).slice(-2)).toEqual(['PROPOSE_COMPLETION', 'CONFIRM_COMPLETION']);
    const completedNotes = await t.app.prisma.notification.count({
      where: { matchId: match.id, kind: 'MATCH_COMPLETED' },
    });
    expect(completedNotes).toBe(1);
  });

  it('lets a curator confirm, and keeps outsiders, anonymous readers and stale versions out', async () => {
    const c = await cast();
    const match = await activeMatch(c);
    await transition(c.company, match.id, { action: 'PROPOSE_COMPLETION', outcomeSummary: OUTCOME });
    const before = await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id } });

    const outsider = await transition(c.outsider, match.id, { action: 'CONFIRM_COMPLETION' });
    expect(outsider.statusCode).toBe(404);
    const anonymous = await c.anonymous.post(`/api/v1/matches/${match.id}/transitions`, {
      action: 'CONFIRM_COMPLETION',
      version: before.version,
    });
    expect(anonymous.statusCode).toBe(401);
    const stale = await c.curator.post(`/api/v1/matches/${match.id}/transitions`, {
      action: 'CONFIRM_COMPLETION',
      version: before.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    expect(await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id } })).toEqual(before);

    const byCurator = await transition(c.curator, match.id, { action: 'CONFIRM_COMPLETION' });
    expect(byCurator.statusCode, byCurator.body).toBe(200);
    expect(Match.parse(byCurator.json()).state).toBe('COMPLETED');
  });

  it('goes on when the other side declines the proposal with a reason, and can be proposed again', async () => {
    const c = await cast();
    const match = await activeMatch(c);
    await transition(c.actorClient, match.id, { action: 'PROPOSE_COMPLETION', outcomeSummary: OUTCOME });

    const noReason = await transition(c.company, match.id, { action: 'DECLINE_COMPLETION' });
    expect(noReason.statusCode).toBe(400);

    const reason = 'Två deltagare har inte fått sina intyg än.';
    const declined = await transition(c.company, match.id, { action: 'DECLINE_COMPLETION', reason });
    expect(declined.statusCode, declined.body).toBe(200);
    const goingOn = Match.parse(declined.json());
    expect(goingOn).toMatchObject({
      state: 'ACTIVE',
      outcomeSummary: null,
      completionProposedBy: null,
      completionProposedAt: null,
    });
    expect(goingOn.events.at(-1)).toMatchObject({ action: 'DECLINE_COMPLETION', note: reason, toState: 'ACTIVE' });
    expect(
      await t.app.prisma.notification.count({ where: { matchId: match.id, kind: 'MATCH_COMPLETION_DECLINED' } }),
    ).toBe(1);

    // Now the company proposes, and the actor confirms.
    const again = await transition(c.company, match.id, { action: 'PROPOSE_COMPLETION', outcomeSummary: OUTCOME });
    expect(Match.parse(again.json()).completionProposedBy).toBe('HOUSING');
    const confirmed = await transition(c.actorClient, match.id, { action: 'CONFIRM_COMPLETION' });
    expect(Match.parse(confirmed.json()).state).toBe('COMPLETED');
  });
});

describe('only confirmed completions count', () => {
  it('adds to the actor’s track record in the suggestions once the other side has confirmed', async () => {
    const c = await cast();
    const match = await activeMatch(c);
    // Another open challenge of the same kind, where the actor's offering is suggested.
    const other = await createChallenge(t.app.prisma, { organisationId: c.housing.id });
    const completedMatches = async () => {
      const list = SuggestionList.parse((await c.curator.get(`/api/v1/challenges/${other.id}/suggestions`)).json());
      const suggestion = list.items.find((s) => s.offering.id === c.offering.id);
      if (!suggestion) throw new Error('the offering is not suggested');
      return suggestion.reasons.completedMatches;
    };

    expect(await completedMatches()).toBe(0);
    await transition(c.actorClient, match.id, { action: 'PROPOSE_COMPLETION', outcomeSummary: OUTCOME });
    expect(await completedMatches()).toBe(0);
    await transition(c.company, match.id, { action: 'CONFIRM_COMPLETION' });
    expect(await completedMatches()).toBe(1);
  });
});

describe('opening a match from any challenge or offering', () => {
  it('lets an actor express interest in a challenge its offering is not suggested for', async () => {
    const c = await cast();
    // Far away and about something else: no suggestion would ever show it.
    const far = await createChallenge(t.app.prisma, {
      organisationId: c.housing.id,
      municipalityCode: '2480',
      focusArea: 'SCHOOLS',
    });
    const suggested = SuggestionList.parse(
      (await c.actorClient.get(`/api/v1/offerings/${c.offering.id}/suggestions?limit=5`)).json(),
    );
    expect(suggested.items.map((s) => s.challenge.id)).not.toContain(far.id);

    const opened = await c.actorClient.post('/api/v1/matches', {
      action: 'EXPRESS_INTEREST',
      challengeId: far.id,
      offeringId: c.offering.id,
      note: 'Vi kan komma till Umeå.',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(Match.parse(opened.json())).toMatchObject({ origin: 'ACTOR_INTEREST', state: 'PROPOSED' });

    // The page's list of the reader's matches with this challenge shows it.
    const mine = await c.actorClient.get(`/api/v1/matches?challengeId=${far.id}`);
    expect(mine.json()).toMatchObject({ total: 1, items: [{ offering: { id: c.offering.id } }] });
  });

  it('lets a company invite any published offering, and nobody open a match for another organisation', async () => {
    const c = await cast();
    const farOffering = await createOffering(t.app.prisma, {
      organisationId: c.actor.id,
      municipalityCodes: ['2480'],
      focusAreas: ['CRIME'],
    });
    const invited = await c.company.post('/api/v1/matches', {
      action: 'INVITE',
      challengeId: c.challenge.id,
      offeringId: farOffering.id,
    });
    expect(invited.statusCode, invited.body).toBe(201);

    // An actor cannot express interest with another organisation's offering, nor a company
    // invite to another's challenge; a draft offering cannot be offered.
    const foreign = await c.outsider.post('/api/v1/matches', {
      action: 'EXPRESS_INTEREST',
      challengeId: c.challenge.id,
      offeringId: c.offering.id,
    });
    expect(foreign.statusCode).toBe(403);
    const byActor = await c.actorClient.post('/api/v1/matches', {
      action: 'INVITE',
      challengeId: c.challenge.id,
      offeringId: c.offering.id,
    });
    expect(byActor.statusCode).toBe(403);
    const draft = await createOffering(t.app.prisma, { organisationId: c.actor.id, status: 'DRAFT' });
    const withDraft = await c.actorClient.post('/api/v1/matches', {
      action: 'EXPRESS_INTEREST',
      challengeId: c.challenge.id,
      offeringId: draft.id,
    });
    expect(withDraft.statusCode).toBe(409);
  });
});

describe('the challenge follows its matches', () => {
  it('offers the company IN_PROGRESS when a match is active and CLOSED when the last one is completed', async () => {
    const c = await cast();
    const match = await activeMatch(c);
    const offerFor = async (client: Client) =>
      Match.parse((await client.get(`/api/v1/matches/${match.id}`)).json()).challengeStatusOffer;

    expect(await offerFor(c.company)).toBe('IN_PROGRESS');
    // Only the company decides about its challenge.
    expect(await offerFor(c.actorClient)).toBeNull();
    expect(await offerFor(c.curator)).toBeNull();

    const challenge = await t.app.prisma.challenge.findUniqueOrThrow({ where: { id: c.challenge.id } });
    const moved = await c.company.patch(`/api/v1/challenges/${c.challenge.id}`, {
      status: 'IN_PROGRESS',
      version: challenge.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await offerFor(c.company)).toBeNull();

    // A second partner still at work: completing the first is no reason to close.
    const second = await createMatch(t.app.prisma, {
      origin: 'COMPANY_INVITATION',
      challengeId: c.challenge.id,
      offeringId: (await createOffering(t.app.prisma)).id,
      steps: [{ action: 'ACCEPT', side: 'ACTOR' }, { action: 'START' }],
    });
    await transition(c.actorClient, match.id, { action: 'PROPOSE_COMPLETION', outcomeSummary: OUTCOME });
    expect(await offerFor(c.company)).toBeNull();
    await transition(c.company, match.id, { action: 'CONFIRM_COMPLETION' });
    expect(await offerFor(c.company)).toBeNull();

    await transition(c.curator, second.id, { action: 'WITHDRAW' });
    expect(await offerFor(c.company)).toBe('CLOSED');
  });

  it('marks a challenge with an agreed partner in search, and puts it after the others in an offering’s suggestions', async () => {
    const c = await cast();
    const partnered = await createChallenge(t.app.prisma, { organisationId: c.housing.id, title: 'Partnerutmaning' });
    const looking = await createChallenge(t.app.prisma, { organisationId: c.housing.id, title: 'Sökerutmaning' });
    const marked = async () => {
      const list = ChallengeList.parse(
        (await c.anonymous.get(`/api/v1/challenges?organisation=${c.housing.id}`)).json(),
      );
      return Object.fromEntries(list.items.map((item) => [item.id, item.hasAgreedPartner]));
    };
    expect((await marked())[partnered.id]).toBe(false);

    await createMatch(t.app.prisma, {
      origin: 'COMPANY_INVITATION',
      challengeId: partnered.id,
      offeringId: (await createOffering(t.app.prisma)).id,
      state: 'AGREED',
    });
    expect(await marked()).toMatchObject({ [partnered.id]: true, [looking.id]: false });

    const suggested = SuggestionList.parse(
      (await c.actorClient.get(`/api/v1/offerings/${c.offering.id}/suggestions?limit=50`)).json(),
    );
    const order = suggested.items.map((s) => s.challenge.id);
    expect(order).toContain(partnered.id);
    expect(order.indexOf(partnered.id)).toBeGreaterThan(order.indexOf(looking.id));
    expect(suggested.items.at(-1)?.challenge.hasAgreedPartner).toBe(true);
  });
});
