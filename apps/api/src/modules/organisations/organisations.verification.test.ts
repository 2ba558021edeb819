import {
  ChallengeList,
  ErrorEnvelope,
  OfferingList,
  Organisation,
  OrganisationList,
  SuggestionList,
  UNVERIFIED_INVITATION_LIMIT,
  VerificationQueue,
} from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createLab,
  createMatch,
  createMembership,
  createOffering,
  createOrganisation,
  uniqueSuffix,
} from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const errorOf = (body: string) => ErrorEnvelope.parse(JSON.parse(body)).error;

/**
 * A new local actor that waits for verification (owner and member signed in) with a published
 * offering and a draft, a verified housing company with an open challenge on the same words,
 * an outsider (the company's owner), a curator and an anonymous visitor.
 */
async function scene() {
  const tag = `v${uniqueSuffix().replace(/-/g, '')}`;
  const waiting = await createOrganisation(t.app.prisma, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: `Väntande förening ${tag}`,
    description: `Vi säger att vi är Stockholmshem ${tag}`,
    website: 'https://example.org',
    verification: 'PENDING',
  });
  const company = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY', name: `Bostadsbolaget ${tag}` });
  const [owner, member, outsider, curator] = [
    await signedInClient(t.app),
    await signedInClient(t.app),
    await signedInClient(t.app),
    await signedInClient(t.app, { platformRole: 'CURATOR' }),
  ];
  await createMembership(t.app.prisma, { organisationId: waiting.id, userId: owner.user.id, role: 'OWNER' });
  await createMembership(t.app.prisma, { organisationId: waiting.id, userId: member.user.id, role: 'MEMBER' });
  await createMembership(t.app.prisma, { organisationId: company.id, userId: outsider.user.id, role: 'OWNER' });
  const offering = await createOffering(t.app.prisma, {
    organisationId: waiting.id,
    title: `Läxhjälp ${tag}`,
    description: `Läxhjälp för unga ${tag}`,
  });
  const draft = await createOffering(t.app.prisma, {
    organisationId: waiting.id,
    status: 'DRAFT',
    title: `Utkast ${tag}`,
  });
  const challenge = await createChallenge(t.app.prisma, {
    organisationId: company.id,
    title: `Läxhjälp behövs ${tag}`,
    description: `Läxhjälp för unga ${tag}`,
  });
  return {
    tag,
    waiting,
    company,
    offering,
    draft,
    challenge,
    owner: owner.client,
    member: member.client,
    ownerUser: owner.user,
    memberUser: member.user,
    outsider: outsider.client,
    curator: curator.client,
    anonymous: new Client(t.app),
  };
}

const decide = (client: Client, organisationId: string, body: object) =>
  client.post(`/api/v1/organisations/${organisationId}/verification`, body);

describe('an organisation waiting for verification', () => {
  it('is seen with its items only by itself and curators: lists, search, facets, details and its profile', async () => {
    const s = await scene();
    const offeringIds = async (client: Client, query: string) => {
      const response = await client.get(`/api/v1/offerings?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return OfferingList.parse(response.json());
    };
    for (const client of [s.anonymous, s.outsider]) {
      const searched = await offeringIds(client, `q=${s.tag}`);
      expect(searched.items).toEqual([]);
      expect(searched.total).toBe(0);
      // No facet counts it either.
      expect(searched.facets.focusArea).toEqual([]);
      expect((await offeringIds(client, `organisation=${s.waiting.id}`)).total).toBe(0);
      expect((await client.get(`/api/v1/offerings/${s.offering.id}`)).statusCode).toBe(404);

      const profile = Organisation.parse((await client.get(`/api/v1/organisations/${s.waiting.id}`)).json());
      expect(profile).toMatchObject({
        name: s.waiting.name,
        verification: 'PENDING',
        description: '',
        website: null,
        orgNumber: null,
        municipalityCode: null,
        memberCount: 0,
      });
      const listed = OrganisationList.parse((await client.get(`/api/v1/organisations?q=${s.tag}`)).json());
      expect(listed.items.map((o) => o.id)).toEqual([s.company.id]);
      expect(listed.facets.verification).toEqual([{ value: 'VERIFIED', count: 1 }]);
    }

    // Its members see it all, the draft too; the curator as well.
    for (const client of [s.member, s.curator]) {
      const own = await offeringIds(client, `q=${s.tag}`);
      expect(own.items.map((o) => o.id)).toContain(s.offering.id);
      expect((await client.get(`/api/v1/offerings/${s.offering.id}`)).statusCode).toBe(200);
      const profile = Organisation.parse((await client.get(`/api/v1/organisations/${s.waiting.id}`)).json());
      expect(profile.description).toContain('Stockholmshem');
      expect(profile.orgNumber).toBe(s.waiting.orgNumber);
      const listed = OrganisationList.parse((await client.get(`/api/v1/organisations?q=${s.tag}`)).json());
      expect(new Set(listed.items.map((o) => o.id))).toEqual(new Set([s.company.id, s.waiting.id]));
    }
    expect((await offeringIds(s.member, `q=${s.tag}`)).items.map((o) => o.id)).toContain(s.draft.id);
  });

  it('hides a waiting housing company’s challenges and labs the same way', async () => {
    const tag = `w${uniqueSuffix().replace(/-/g, '')}`;
    const waiting = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY', verification: 'UNVERIFIED' });
    const lab = await createLab(t.app.prisma, { organisationId: waiting.id, name: `Labb ${tag}` });
    const challenge = await createChallenge(t.app.prisma, { organisationId: waiting.id, title: `Utmaning ${tag}` });
    const owner = await signedInClient(t.app);
    await createMembership(t.app.prisma, { organisationId: waiting.id, userId: owner.user.id, role: 'OWNER' });
    const anonymous = new Client(t.app);

    expect(ChallengeList.parse((await anonymous.get(`/api/v1/challenges?q=${tag}`)).json()).total).toBe(0);
    expect((await anonymous.get(`/api/v1/challenges/${challenge.id}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/api/v1/labs/${lab.id}`)).statusCode).toBe(404);
    expect(ChallengeList.parse((await owner.client.get(`/api/v1/challenges?q=${tag}`)).json()).total).toBe(1);
    expect((await owner.client.get(`/api/v1/labs/${lab.id}`)).statusCode).toBe(200);
  });

  it('is left out of others’ suggestions, but not the curators’', async () => {
    const s = await scene();
    const suggested = async (client: Client) => {
      const response = await client.get(`/api/v1/challenges/${s.challenge.id}/suggestions?limit=50`);
      expect(response.statusCode, response.body).toBe(200);
      return SuggestionList.parse(response.json()).items.map((i) => i.offering.id);
    };
    expect(await suggested(s.outsider)).not.toContain(s.offering.id);
    expect(await suggested(s.curator)).toContain(s.offering.id);

    // And its own offering's page suggests the company's challenge to its members.
    const own = await s.member.get(`/api/v1/offerings/${s.offering.id}/suggestions?limit=50`);
    expect(SuggestionList.parse(own.json()).items.map((i) => i.challenge.id)).toContain(s.challenge.id);

    // Once verified, the company's suggestions pick it up.
    expect((await decide(s.curator, s.waiting.id, { verification: 'VERIFIED' })).statusCode).toBe(200);
    expect(await suggested(s.outsider)).toContain(s.offering.id);
  });

  it('cannot open or accept matches: 403 ORGANISATION_NOT_VERIFIED, and nothing is created', async () => {
    const s = await scene();
    const open = (client: Client, action: string) =>
      client.post('/api/v1/matches', { action, challengeId: s.challenge.id, offeringId: s.offering.id });

    const interest = await open(s.owner, 'EXPRESS_INTEREST');
    expect(interest.statusCode).toBe(403);
    expect(errorOf(interest.body)).toMatchObject({
      code: 'ORGANISATION_NOT_VERIFIED',
      message: expect.stringContaining('verify'),
      details: { organisationId: s.waiting.id },
    });
    // The company cannot even see the offering to invite it.
    expect((await open(s.outsider, 'INVITE')).statusCode).toBe(404);
    const proposal = await open(s.curator, 'PROPOSE');
    expect(proposal.statusCode).toBe(403);
    expect(errorOf(proposal.body).code).toBe('ORGANISATION_NOT_VERIFIED');
    expect(await t.app.prisma.match.count({ where: { offeringId: s.offering.id } })).toBe(0);

    // A proposal made before (the company invited it while the rules were looser) cannot be accepted.
    const match = await createMatch(t.app.prisma, {
      challengeId: s.challenge.id,
      offeringId: s.offering.id,
      origin: 'COMPANY_INVITATION',
    });
    const accept = await s.owner.post(`/api/v1/matches/${match.id}/transitions`, {
      action: 'ACCEPT',
      version: match.version,
    });
    expect(accept.statusCode).toBe(403);
    expect(errorOf(accept.body).code).toBe('ORGANISATION_NOT_VERIFIED');
    expect(await t.app.prisma.match.findUniqueOrThrow({ where: { id: match.id } })).toMatchObject({
      state: 'PROPOSED',
      actorAcceptedAt: null,
      version: match.version,
    });
    // Saying no is always possible.
    const decline = await s.owner.post(`/api/v1/matches/${match.id}/transitions`, {
      action: 'DECLINE',
      version: match.version,
      reason: 'Vi väntar fortfarande på verifiering',
    });
    expect(decline.statusCode, decline.body).toBe(200);

    // Verified, it may.
    expect((await decide(s.curator, s.waiting.id, { verification: 'VERIFIED' })).statusCode).toBe(200);
    const other = await createChallenge(t.app.prisma, { organisationId: s.company.id });
    const later = await s.owner.post('/api/v1/matches', {
      action: 'EXPRESS_INTEREST',
      challengeId: other.id,
      offeringId: s.offering.id,
    });
    expect(later.statusCode, later.body).toBe(201);
  });

  it(`invites at most ${UNVERIFIED_INVITATION_LIMIT} people by e-mail, withdrawn ones included`, async () => {
    const s = await scene();
    const invite = (n: number) =>
      s.owner.post(`/api/v1/organisations/${s.waiting.id}/invitations`, { email: `kollega-${n}-${s.tag}@example.org` });
    for (let n = 0; n < UNVERIFIED_INVITATION_LIMIT; n++) expect((await invite(n)).statusCode).toBe(201);
    const first = await t.app.prisma.invitation.findFirstOrThrow({ where: { organisationId: s.waiting.id } });
    expect((await s.owner.delete(`/api/v1/organisations/${s.waiting.id}/invitations/${first.id}`)).statusCode).toBe(
      204,
    );
    const refused = await invite(99);
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({
      code: 'ORGANISATION_NOT_VERIFIED',
      details: { limit: UNVERIFIED_INVITATION_LIMIT },
    });
    expect(await t.app.prisma.invitation.count({ where: { organisationId: s.waiting.id } })).toBe(
      UNVERIFIED_INVITATION_LIMIT,
    );
    expect((await decide(s.curator, s.waiting.id, { verification: 'VERIFIED' })).statusCode).toBe(200);
    expect((await invite(100)).statusCode).toBe(201);
  });
});

describe('deciding a verification', () => {
  it('is for curators only; a rejection needs a reason (400 without, nothing changed)', async () => {
    const s = await scene();
    for (const [client, status] of [
      [s.anonymous, 401],
      [s.owner, 403],
      [s.outsider, 403],
    ] as const) {
      expect((await decide(client, s.waiting.id, { verification: 'VERIFIED' })).statusCode).toBe(status);
    }
    for (const note of [undefined, '', '   ']) {
      const response = await decide(s.curator, s.waiting.id, { verification: 'REJECTED', note });
      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).details?.issues?.[0]?.path).toEqual(['note']);
    }
    expect(await t.app.prisma.organisation.findUniqueOrThrow({ where: { id: s.waiting.id } })).toMatchObject({
      verification: 'PENDING',
      rejectionReason: null,
    });
    expect(
      await t.app.prisma.auditLog.count({ where: { entityId: s.waiting.id, action: 'organisation.verification' } }),
    ).toBe(0);
  });

  it('rejecting tells the members why, in the app and by e-mail, and only they read the reason', async () => {
    const s = await scene();
    const reason = 'Organisationsnumret hör till ett annat bolag';
    const response = await decide(s.curator, s.waiting.id, { verification: 'REJECTED', note: reason });
    expect(response.statusCode, response.body).toBe(200);

    const notifications = await t.app.prisma.notification.findMany({
      where: { kind: 'ORGANISATION_REJECTED', payload: { path: ['organisationId'], equals: s.waiting.id } },
    });
    expect(notifications.map((n) => n.userId).sort()).toEqual([s.ownerUser.id, s.memberUser.id].sort());
    expect(notifications[0]?.payload).toMatchObject({ organisationName: s.waiting.name, excerpt: reason });
    const jobs = await t.app.prisma.job.count({
      where: { dedupeKey: { in: notifications.map((n) => `notification-email:${n.id}`) } },
    });
    expect(jobs).toBe(2);

    const asMember = Organisation.parse((await s.member.get(`/api/v1/organisations/${s.waiting.id}`)).json());
    expect(asMember).toMatchObject({ verification: 'REJECTED', rejectionReason: reason });
    const asOutsider = Organisation.parse((await s.outsider.get(`/api/v1/organisations/${s.waiting.id}`)).json());
    expect(asOutsider.rejectionReason).toBeNull();
    // Still hidden.
    expect((await s.outsider.get(`/api/v1/offerings/${s.offering.id}`)).statusCode).toBe(404);

    const audit = await t.app.prisma.auditLog.findMany({
      where: { entityId: s.waiting.id, action: 'organisation.verification' },
      select: { data: true },
    });
    expect(audit).toEqual([{ data: { from: 'PENDING', to: 'REJECTED', note: reason } }]);

    // Verified later, the reason is gone.
    await decide(s.curator, s.waiting.id, { verification: 'VERIFIED' });
    expect(
      Organisation.parse((await s.member.get(`/api/v1/organisations/${s.waiting.id}`)).json()).rejectionReason,
    ).toBe(null);
  });

  it('verifying shows its items to everyone', async () => {
    const s = await scene();
    expect((await decide(s.curator, s.waiting.id, { verification: 'VERIFIED' })).statusCode).toBe(200);
    expect((await s.anonymous.get(`/api/v1/offerings/${s.offering.id}`)).statusCode).toBe(200);
    const searched = OfferingList.parse((await s.anonymous.get(`/api/v1/offerings?q=${s.tag}`)).json());
    expect(searched.items.map((o) => o.id)).toEqual([s.offering.id]);
    const profile = Organisation.parse((await s.anonymous.get(`/api/v1/organisations/${s.waiting.id}`)).json());
    expect(profile.description).toContain('Stockholmshem');
  });
});

describe('GET /api/v1/organisations/verification-queue', () => {
  it('shows curators who waits, oldest first, with the number’s check digit, members and what it has written', async () => {
    const s = await scene();
    // A number with a wrong check digit (registered before the check, or typed into the database).
    const badNumber = `${s.waiting.orgNumber!.slice(0, 9)}${(Number(s.waiting.orgNumber![9]) + 1) % 10}`;
    const older = await createOrganisation(t.app.prisma, {
      kind: 'HOUSING_COMPANY',
      verification: 'PENDING',
      orgNumber: badNumber,
      createdAt: new Date('2020-01-01T10:00:00Z'),
    });
    for (const client of [s.anonymous, s.owner, s.outsider]) {
      expect((await client.get('/api/v1/organisations/verification-queue')).statusCode).toBe(
        client === s.anonymous ? 401 : 403,
      );
    }
    const queue: VerificationQueue = { items: [], total: 0, page: 1, pageSize: 100 };
    for (let page = 1; ; page++) {
      const response = await s.curator.get(`/api/v1/organisations/verification-queue?page=${page}&pageSize=100`);
      expect(response.statusCode, response.body).toBe(200);
      const parsed = VerificationQueue.parse(response.json());
      queue.items.push(...parsed.items);
      queue.total = parsed.total;
      if (queue.items.length >= parsed.total || parsed.items.length === 0) break;
    }
    const ids = queue.items.map((e) => e.organisation.id);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(s.waiting.id));
    expect(ids).not.toContain(s.company.id);
    expect(queue.items.find((e) => e.organisation.id === older.id)?.orgNumberCheck).toBe('INVALID');
    const entry = queue.items.find((e) => e.organisation.id === s.waiting.id);
    expect(entry).toMatchObject({
      orgNumberCheck: 'VALID',
      organisation: { orgNumber: s.waiting.orgNumber, kind: 'LOCAL_ACTOR', memberCount: 2 },
      challenges: [],
      labs: [],
    });
    expect(entry?.members.map((m) => m.email).sort()).toEqual([s.ownerUser.email, s.memberUser.email].sort());
    expect(entry?.offerings).toEqual([
      { id: s.offering.id, title: s.offering.title, status: 'PUBLISHED' },
      { id: s.draft.id, title: s.draft.title, status: 'DRAFT' },
    ]);

    await decide(s.curator, s.waiting.id, { verification: 'VERIFIED' });
    const after = VerificationQueue.parse(
      (await s.curator.get('/api/v1/organisations/verification-queue?pageSize=100')).json(),
    );
    expect(after.total).toBe(queue.total - 1);
  });
});
