import { SUGGESTION_COMPONENTS, SUGGESTION_WEIGHTS, SuggestionList, type Suggestion } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../generated/prisma/client';
import {
  createChallenge,
  createIndicator,
  createMatch,
  createMeasurement,
  createMembership,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
let curator: Client;
beforeAll(async () => {
  t = await createTestApp();
  curator = (await signedInClient(t.app, { platformRole: 'CURATOR' })).client;
});
afterAll(async () => t?.close());

const list = async (client: Client, url: string) => {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return SuggestionList.parse(response.json()).items;
};
const forChallenge = (id: string, client = curator) => list(client, `/api/v1/challenges/${id}/suggestions?limit=50`);
const forOffering = (id: string, client = curator) => list(client, `/api/v1/offerings/${id}/suggestions?limit=50`);

/** A challenge in Norrköping's Hageby, and an offering that fits it on every count. */
const challengeFields = {
  title: 'Jobbcoachning för kvinnor i Hageby',
  summary: 'Vi söker jobbcoacher för kvinnor långt från arbetsmarknaden.',
  focusArea: 'UNEMPLOYMENT',
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED'],
  municipalityCode: '0581',
  neighbourhood: 'Hageby',
  neededSupportTypes: ['STAFF', 'TRAINING'],
  bringsPremises: true,
  bringsFunding: true,
} satisfies Partial<Prisma.ChallengeUncheckedCreateInput>;

const offeringFields = {
  title: 'Jobbcoacher för kvinnor',
  summary: 'Jobbcoachning och vägledning för kvinnor långt från arbetsmarknaden.',
  description: 'Vi träffar deltagarna där de bor.',
  focusAreas: ['UNEMPLOYMENT'],
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED'],
  municipalityCodes: ['0581'],
  supportTypes: ['STAFF', 'TRAINING'],
  capacity: 20,
  costModel: 'FREE',
} satisfies Partial<Prisma.OfferingUncheckedCreateInput>;

/** Two offerings from organisations alike in everything, identical but for `a` and `b`. */
async function pair(
  a: Partial<Prisma.OfferingUncheckedCreateInput>,
  b: Partial<Prisma.OfferingUncheckedCreateInput>,
  challenge: Partial<Prisma.ChallengeUncheckedCreateInput> = {},
) {
  const prisma = t.app.prisma;
  const publishedAt = new Date(Date.now() - 30 * 86_400_000);
  const created = await createChallenge(prisma, { ...challengeFields, ...challenge });
  const make = async (extra: Partial<Prisma.OfferingUncheckedCreateInput>) => {
    const organisation = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR', municipalityCode: '0180' });
    return createOffering(prisma, {
      ...offeringFields,
      organisationId: organisation.id,
      createdAt: publishedAt,
      publishedAt,
      ...extra,
    });
  };
  return { challenge: created, better: await make(a), worse: await make(b) };
}

function expectRankedAbove(items: Suggestion[], betterId: string, worseId: string) {
  const better = items.findIndex((s) => s.offering.id === betterId);
  const worse = items.findIndex((s) => s.offering.id === worseId);
  expect(better).toBeGreaterThanOrEqual(0);
  expect(worse).toBeGreaterThanOrEqual(0);
  expect(better).toBeLessThan(worse);
  return { better: items[better]!, worse: items[worse]! };
}

describe('the score', () => {
  it('is the sum of its components, each between 0 and its weight', async () => {
    const { challenge } = await pair({}, { focusAreas: ['SCHOOLS'], municipalityCodes: ['0581', '1480'] });
    const items = await forChallenge(challenge.id);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      for (const component of SUGGESTION_COMPONENTS) {
        expect(item.components[component]).toBeGreaterThanOrEqual(0);
        expect(item.components[component]).toBeLessThanOrEqual(SUGGESTION_WEIGHTS[component]);
      }
      const sum = SUGGESTION_COMPONENTS.reduce((total, c) => total + item.components[c], 0);
      expect(item.score).toBeCloseTo(sum, 5);
    }
    const scores = items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('the same pair scores the same from the challenge, the offering and the curators’ queue', async () => {
    const { challenge, better } = await pair({}, {});
    const fromChallenge = (await forChallenge(challenge.id)).find((s) => s.offering.id === better.id);
    const fromOffering = (await forOffering(better.id)).find((s) => s.challenge.id === challenge.id);
    const fromQueue = (await list(curator, '/api/v1/suggestions?perChallenge=5&limit=100&municipality=0581')).find(
      (s) => s.challenge.id === challenge.id && s.offering.id === better.id,
    );
    expect(fromChallenge).toBeDefined();
    expect(fromOffering?.components).toEqual(fromChallenge?.components);
    expect(fromQueue?.components).toEqual(fromChallenge?.components);
  });
});

describe('each component moves the ranking the right way', () => {
  it('focus area', async () => {
    const { challenge, better, worse } = await pair({}, { focusAreas: ['SCHOOLS'] });
    const r = expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
    expect(r.better.components.focusArea).toBe(SUGGESTION_WEIGHTS.focusArea);
    expect(r.worse.components.focusArea).toBe(0);
    expect(r.better.reasons.sharedFocusArea).toBe('UNEMPLOYMENT');
  });

  it('focus area: a specialist above an offering that claims every area', async () => {
    const { challenge, better, worse } = await pair(
      {},
      { focusAreas: ['UNEMPLOYMENT', 'SCHOOLS', 'SERVICES', 'CRIME'] },
    );
    expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
  });

  it('target groups, with all residents counting half', async () => {
    const { challenge, better, worse } = await pair({}, { targetGroups: ['SENIORS'] });
    const r = expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
    expect(r.better.components.targetGroups).toBe(SUGGESTION_WEIGHTS.targetGroups);
    expect(r.worse.components.targetGroups).toBe(0);
    expect(r.better.reasons.sharedTargetGroups).toEqual(['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED']);

    const open = await pair({ targetGroups: ['ALL_RESIDENTS'] }, { targetGroups: ['SENIORS'] });
    const s = expectRankedAbove(await forChallenge(open.challenge.id), open.better.id, open.worse.id);
    expect(s.better.components.targetGroups).toBe(SUGGESTION_WEIGHTS.targetGroups / 2);
  });

  it('geography: neighbourhood > municipality > region > national; an actor that cannot come is no candidate', async () => {
    const prisma = t.app.prisma;
    const { challenge, better: municipality } = await pair({}, {});
    const local = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR', municipalityCode: '0581' });
    const at = municipality.publishedAt!;
    const make = (extra: Partial<Prisma.OfferingUncheckedCreateInput>, organisationId?: string) =>
      createOffering(prisma, {
        ...offeringFields,
        createdAt: at,
        publishedAt: at,
        ...(organisationId ? { organisationId } : {}),
        ...extra,
      });
    const neighbourhood = await make({ evidence: 'Vi har arbetat i Hageby sedan 2019.' }, local.id);
    const region = await make({ municipalityCodes: ['0580'] });
    const national = await make({ municipalityCodes: [], isNational: true });
    const none = await make({ municipalityCodes: ['1480'] });
    const items = await forChallenge(challenge.id);
    const order = [neighbourhood, municipality, region, national].map((o) =>
      items.findIndex((s) => s.offering.id === o.id),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const fits = [neighbourhood, municipality, region, national].map(
      (o) => items.find((s) => s.offering.id === o.id)?.reasons.geography,
    );
    expect(fits).toEqual(['NEIGHBOURHOOD', 'MUNICIPALITY', 'REGION', 'NATIONAL']);
    expect(items.some((s) => s.offering.id === none.id)).toBe(false);
  });

  it('text relevance', async () => {
    const { challenge, better, worse } = await pair(
      {},
      { title: 'Erbjudande', summary: 'Något helt annat.', description: 'Trädgårdsskötsel och cyklar.' },
    );
    const r = expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
    expect(r.better.components.text).toBeGreaterThan(r.worse.components.text);
  });

  it('support type', async () => {
    const { challenge, better, worse } = await pair({}, { supportTypes: ['ACTIVITY'] });
    const r = expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
    expect(r.better.reasons.matchingSupportTypes).toEqual(['STAFF', 'TRAINING']);
    expect(r.worse.reasons.matchingSupportTypes).toEqual([]);
  });

  it('capacity left after active matches, and no capacity given counts half', async () => {
    const { challenge, better, worse } = await pair({}, {});
    await createMatch(t.app.prisma, { offeringId: worse.id, state: 'ACTIVE' });
    const r = expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
    expect(r.better.reasons.capacityLeft).toBe(20);
    expect(r.worse.reasons.capacityLeft).toBe(10);

    const unknown = await pair({}, { capacity: null });
    const s = expectRankedAbove(await forChallenge(unknown.challenge.id), unknown.better.id, unknown.worse.id);
    expect(s.worse.components.capacity).toBe(SUGGESTION_WEIGHTS.capacity / 2);
    expect(s.worse.reasons.capacityLeft).toBeNull();
  });

  it('track record: completed matches and measured results of the organisation', async () => {
    const { challenge, better, worse } = await pair({}, {});
    const done = await createMatch(t.app.prisma, { offeringId: better.id, state: 'COMPLETED' });
    const indicator = await createIndicator(t.app.prisma, { matchId: done.id, labId: null });
    await createMeasurement(t.app.prisma, { indicatorId: indicator.id, count: 15, groupSize: 22 });
    const r = expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
    expect(r.better.reasons.completedMatches).toBe(1);
    expect(r.better.reasons.measuredResults).toBe(1);
    expect(r.worse.reasons.completedMatches).toBe(0);
  });

  it('freshness', async () => {
    const old = new Date(Date.now() - 2 * 365 * 86_400_000);
    const { challenge, better, worse } = await pair({}, { createdAt: old, publishedAt: old });
    const r = expectRankedAbove(await forChallenge(challenge.id), better.id, worse.id);
    expect(r.better.components.freshness).toBeGreaterThan(r.worse.components.freshness);
  });
});

describe('what is never suggested', () => {
  it('pairs that already have a match in any state', async () => {
    const prisma = t.app.prisma;
    const { challenge, better: free } = await pair({}, {});
    const matched: string[] = [];
    for (const state of ['PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const) {
      const offering = await createOffering(prisma, offeringFields);
      await createMatch(prisma, { challengeId: challenge.id, offeringId: offering.id, state });
      matched.push(offering.id);
    }
    const items = await forChallenge(challenge.id);
    expect(items.some((s) => s.offering.id === free.id)).toBe(true);
    expect(items.filter((s) => matched.includes(s.offering.id))).toEqual([]);
    for (const id of matched) {
      expect((await forOffering(id)).some((s) => s.challenge.id === challenge.id)).toBe(false);
    }
    const queue = await list(curator, '/api/v1/suggestions?perChallenge=5&limit=100');
    expect(queue.filter((s) => s.challenge.id === challenge.id && matched.includes(s.offering.id))).toEqual([]);
  });

  it('draft, archived and unpublished offerings', async () => {
    const prisma = t.app.prisma;
    const { challenge, better: visible } = await pair({}, {});
    const hidden = await Promise.all([
      createOffering(prisma, { ...offeringFields, status: 'DRAFT' }),
      createOffering(prisma, { ...offeringFields, status: 'ARCHIVED' }),
      createOffering(prisma, { ...offeringFields, unpublishedAt: new Date(), unpublishedReason: 'Spam' }),
    ]);
    const ids = (await forChallenge(challenge.id)).map((s) => s.offering.id);
    expect(ids).toContain(visible.id);
    for (const o of hidden) expect(ids).not.toContain(o.id);
  });

  it('challenges that are not open and public', async () => {
    const prisma = t.app.prisma;
    const offering = await createOffering(prisma, { ...offeringFields, municipalityCodes: ['2582'] });
    const fields = { ...challengeFields, municipalityCode: '2582' };
    const open = await createChallenge(prisma, fields);
    const hidden = await Promise.all([
      createChallenge(prisma, { ...fields, status: 'DRAFT' }),
      createChallenge(prisma, { ...fields, status: 'IN_PROGRESS' }),
      createChallenge(prisma, { ...fields, status: 'CLOSED' }),
      createChallenge(prisma, { ...fields, unpublishedAt: new Date(), unpublishedReason: 'Dubblett' }),
    ]);
    const ids = (await forOffering(offering.id)).map((s) => s.challenge.id);
    expect(ids).toContain(open.id);
    for (const c of hidden) expect(ids).not.toContain(c.id);
    const queue = await list(curator, '/api/v1/suggestions?perChallenge=5&limit=100&municipality=2582');
    expect(queue.some((s) => s.challenge.id === open.id)).toBe(true);
    for (const c of hidden) expect(queue.some((s) => s.challenge.id === c.id)).toBe(false);
  });
});

describe('who may read suggestions', () => {
  async function cast() {
    const prisma = t.app.prisma;
    const company = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
    const actor = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
    const challenge = await createChallenge(prisma, { ...challengeFields, organisationId: company.id });
    const draft = await createChallenge(prisma, { ...challengeFields, organisationId: company.id, status: 'DRAFT' });
    const offering = await createOffering(prisma, { ...offeringFields, organisationId: actor.id });
    const housing = await signedInClient(t.app);
    const local = await signedInClient(t.app);
    const outsider = await signedInClient(t.app);
    await createMembership(prisma, { organisationId: company.id, userId: housing.user.id });
    await createMembership(prisma, { organisationId: actor.id, userId: local.user.id });
    await createMembership(prisma, {
      organisationId: (await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' })).id,
      userId: outsider.user.id,
    });
    return { challenge, draft, offering, housing: housing.client, local: local.client, outsider: outsider.client };
  }

  it('challenge suggestions: curators and the company’s members; others 403, anonymous 401, hidden 404', async () => {
    const c = await cast();
    const url = `/api/v1/challenges/${c.challenge.id}/suggestions`;
    expect((await curator.get(url)).statusCode).toBe(200);
    expect((await c.housing.get(url)).statusCode).toBe(200);
    expect((await c.local.get(url)).statusCode).toBe(403);
    expect((await c.outsider.get(url)).statusCode).toBe(403);
    expect((await new Client(t.app).get(url)).statusCode).toBe(401);
    expect((await c.outsider.get(`/api/v1/challenges/${c.draft.id}/suggestions`)).statusCode).toBe(404);
    expect((await c.housing.get(`/api/v1/challenges/${c.draft.id}/suggestions`)).statusCode).toBe(200);
    expect((await curator.get(`/api/v1/challenges/${crypto.randomUUID()}/suggestions`)).statusCode).toBe(404);
  });

  it('offering suggestions: curators and the actor’s members', async () => {
    const c = await cast();
    const url = `/api/v1/offerings/${c.offering.id}/suggestions`;
    expect((await curator.get(url)).statusCode).toBe(200);
    expect((await c.local.get(url)).statusCode).toBe(200);
    expect((await c.housing.get(url)).statusCode).toBe(403);
    expect((await new Client(t.app).get(url)).statusCode).toBe(401);
    const draft = await createOffering(t.app.prisma, { ...offeringFields, status: 'DRAFT' });
    expect((await c.outsider.get(`/api/v1/offerings/${draft.id}/suggestions`)).statusCode).toBe(404);
  });

  it('the queue: curators only', async () => {
    const c = await cast();
    expect((await curator.get('/api/v1/suggestions')).statusCode).toBe(200);
    expect((await c.housing.get('/api/v1/suggestions')).statusCode).toBe(403);
    expect((await new Client(t.app).get('/api/v1/suggestions')).statusCode).toBe(401);
  });
});

describe('the curators’ queue', () => {
  it('keeps to the filters and to perChallenge, best first', async () => {
    const malmo = { municipalityCodes: ['1280'] };
    await pair(malmo, malmo, { municipalityCode: '1280', focusArea: 'CRIME' });
    await pair(
      { ...malmo, focusAreas: ['CRIME'] },
      { ...malmo, focusAreas: ['CRIME'] },
      { municipalityCode: '1280', focusArea: 'CRIME' },
    );
    const items = await list(curator, '/api/v1/suggestions?region=12&focusArea=CRIME&perChallenge=1&limit=100');
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const s of items) {
      expect(s.challenge.municipalityCode.startsWith('12')).toBe(true);
      expect(s.challenge.focusArea).toBe('CRIME');
    }
    const perChallenge = new Set(items.map((s) => s.challenge.id));
    expect(perChallenge.size).toBe(items.length);
    const two = await list(curator, '/api/v1/suggestions?region=12&perChallenge=2&limit=100');
    for (const id of perChallenge) {
      expect(two.filter((s) => s.challenge.id === id).length).toBeLessThanOrEqual(2);
    }
    expect(two.map((s) => s.score)).toEqual([...two.map((s) => s.score)].sort((x, y) => y - x));
    const limited = await list(curator, '/api/v1/suggestions?region=12&perChallenge=2&limit=1');
    expect(limited).toHaveLength(1);
    expect(limited[0]?.score).toBe(two[0]?.score);
  });
});

describe('the explanation', () => {
  it('follows lang, else the reader’s locale', async () => {
    const { challenge } = await pair({}, {});
    const url = `/api/v1/challenges/${challenge.id}/suggestions?limit=50`;
    const [sv] = await list(curator, url);
    expect(sv?.explanation).toMatch(/Samma kommun|Samma bostadsområde/);
    expect(sv?.explanation).toContain('Samma målgrupper: kvinnor långt från arbetsmarknaden');
    const [en] = await list(curator, `${url}&lang=en`);
    expect(en?.explanation).toMatch(/Same municipality|Same neighbourhood/);
    expect(en?.explanation).toContain('Same target groups: women far from the labour market');
    const english = (await signedInClient(t.app, { platformRole: 'CURATOR', locale: 'en' })).client;
    const [own] = await list(english, url);
    expect(own?.explanation).toBe(en?.explanation);
    const [forced] = await list(english, `${url}&lang=sv`);
    expect(forced?.explanation).toBe(sv?.explanation);
  });

  it('states the facts: completed collaborations', async () => {
    const { challenge, better } = await pair({}, {});
    await createMatch(t.app.prisma, { offeringId: better.id, state: 'COMPLETED' });
    await createMatch(t.app.prisma, { offeringId: better.id, state: 'COMPLETED' });
    const item = (await forChallenge(challenge.id)).find((s) => s.offering.id === better.id);
    expect(item?.explanation).toBe(
      'Samma kommun · Samma målgrupper: kvinnor långt från arbetsmarknaden och nyanlända · Båda nämner: kvinnor, jobbcoachning och jobbcoacher · Stöd som efterfrågas: personal och utbildning · 2 genomförda samarbeten',
    );
  });
});
