import { SuggestionList, type Suggestion } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../generated/prisma/client';
import { createChallenge, createMembership, createOffering, createOrganisation } from '../../db/seed/factories';
import { createTestApp, signedInClient, type Client, type TestApp } from '../../test/app';
import { CACHED_CANDIDATES, queueSuggestionRefresh } from './suggestion-cache';
import { openChallengeSql, rankSuggestions } from './suggestions.queries';

// The worker does not poll here: each test runs the queued refreshes itself (runDue), so what
// the queue shows before and after a job is deterministic.
let t: TestApp;
let curator: Client;
beforeAll(async () => {
  t = await createTestApp({ JOB_WORKER: 'false' });
  curator = (await signedInClient(t.app, { platformRole: 'CURATOR' })).client;
});
afterAll(async () => t?.close());

/** Until none is left: a merge may queue a re-rank, which runDue leaves for its next call. */
async function runJobs() {
  while ((await t.app.jobs.runDue()) > 0);
}

const queue = async (municipality: string, perChallenge = 5) => {
  const response = await curator.get(
    `/api/v1/suggestions?municipality=${municipality}&perChallenge=${perChallenge}&limit=100&includeWeak=true`,
  );
  expect(response.statusCode, response.body).toBe(200);
  return SuggestionList.parse(response.json()).items;
};
const pairsOf = (items: Suggestion[]) => items.map((s) => `${s.challenge.id}/${s.offering.id}`);

/** The ranking over all offerings, as the queue computed it before it had a cache. */
async function liveRanking(municipality: string, perChallenge = 5) {
  const rows = await rankSuggestions(t.app.prisma, {
    challenges: Prisma.sql`${openChallengeSql} AND c."municipalityCode" = ${municipality}::bpchar`,
    offerings: Prisma.sql`TRUE`,
    per: 'challenge',
    perLimit: perChallenge,
    limit: 100,
  });
  return rows.map((r) => `${r.challengeId}/${r.offeringId}`);
}

/** What the challenge's own (live) suggestions show for a pair: score, components, explanation. */
async function fromChallengePage(challengeId: string) {
  const response = await curator.get(`/api/v1/challenges/${challengeId}/suggestions?limit=50&includeWeak=true`);
  expect(response.statusCode, response.body).toBe(200);
  return SuggestionList.parse(response.json()).items;
}

const challengeFields = {
  title: 'Jobbcoachning för kvinnor',
  summary: 'Vi söker jobbcoacher för kvinnor långt från arbetsmarknaden.',
  focusArea: 'UNEMPLOYMENT',
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED'],
  neededSupportTypes: ['STAFF', 'TRAINING'],
  bringsPremises: true,
} satisfies Partial<Prisma.ChallengeUncheckedCreateInput>;

const bestFit = {
  title: 'Jobbcoacher för kvinnor långt från arbetsmarknaden',
  summary: 'Jobbcoachning och vägledning för kvinnor långt från arbetsmarknaden.',
  focusAreas: ['UNEMPLOYMENT'],
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED'],
  supportTypes: ['STAFF', 'TRAINING'],
  capacity: 30,
  costModel: 'FREE',
} satisfies Partial<Prisma.OfferingUncheckedCreateInput>;

/**
 * Two open challenges in one municipality and seven offerings there that fit them unequally,
 * so each challenge has more candidates than the five the cache keeps.
 */
async function scene(municipalityCode: string) {
  const prisma = t.app.prisma;
  const company = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY', municipalityCode });
  const challenges = [
    await createChallenge(prisma, { ...challengeFields, organisationId: company.id, municipalityCode }),
    await createChallenge(prisma, {
      ...challengeFields,
      title: 'Läxhjälp för unga',
      focusArea: 'SCHOOLS',
      targetGroups: ['YOUTH_13_19'],
      organisationId: company.id,
      municipalityCode,
    }),
  ];
  const publishedAt = new Date(Date.now() - 60 * 86_400_000);
  const offerings = [];
  // More than CACHED_CANDIDATES, so some good offerings wait outside the cache.
  for (let i = 0; i < CACHED_CANDIDATES + 2; i++) {
    const organisation = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR', municipalityCode });
    offerings.push(
      await createOffering(prisma, {
        title: `Stöd nummer ${i}`,
        summary: i % 2 === 0 ? 'Jobbcoachning för kvinnor.' : 'Läxhjälp och studiestöd.',
        organisationId: organisation.id,
        municipalityCodes: [municipalityCode],
        focusAreas: i % 3 === 0 ? ['UNEMPLOYMENT', 'SCHOOLS'] : i % 3 === 1 ? ['UNEMPLOYMENT'] : ['SCHOOLS'],
        targetGroups: i < 3 ? ['WOMEN_FAR_FROM_LABOUR_MARKET', 'YOUTH_13_19'] : ['NEWLY_ARRIVED'],
        supportTypes: i % 2 === 0 ? ['STAFF', 'TRAINING'] : ['STAFF'],
        capacity: 5 + i,
        createdAt: publishedAt,
        publishedAt,
      }),
    );
  }
  return { company, challenges, offerings };
}

/** A local actor's member, and its organisation. */
async function actorMember(municipalityCode: string) {
  const organisation = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR', municipalityCode });
  const member = await signedInClient(t.app);
  await createMembership(t.app.prisma, { organisationId: organisation.id, userId: member.user.id });
  return { organisation, client: member.client };
}

describe('the curators’ queue reads cached candidates', () => {
  it('returns what the live ranking over all offerings returns, item for item', async () => {
    const { challenges } = await scene('2480');
    for (const perChallenge of [5, 2, 1]) {
      const items = await queue('2480', perChallenge);
      expect(pairsOf(items)).toEqual(await liveRanking('2480', perChallenge));
      expect(items.filter((s) => s.challenge.id === challenges[0]!.id)).toHaveLength(perChallenge);
    }
    // Scores, components and explanations are the live ones the challenge's own page shows.
    const items = await queue('2480');
    for (const challenge of challenges) {
      const live = (await fromChallengePage(challenge.id)).slice(0, 5);
      expect(items.filter((s) => s.challenge.id === challenge.id)).toEqual(live);
    }
  });

  it('ranks an open challenge that was never ranked on the spot', async () => {
    const { challenges } = await scene('2180');
    const before = await t.app.prisma.challenge.findUniqueOrThrow({ where: { id: challenges[0]!.id } });
    expect(before.suggestionsRefreshedAt).toBeNull();
    const items = await queue('2180');
    expect(items.some((s) => s.challenge.id === challenges[0]!.id)).toBe(true);
    expect(pairsOf(items)).toEqual(await liveRanking('2180'));
    const after = await t.app.prisma.challenge.findUniqueOrThrow({ where: { id: challenges[0]!.id } });
    expect(after.suggestionsRefreshedAt).not.toBeNull();
  });

  it('takes in a newly published best offering once its job has run', async () => {
    const { challenges } = await scene('2281');
    await queue('2281');
    const actor = await actorMember('2281');
    const response = await actor.client.post('/api/v1/offerings', {
      ...bestFit,
      organisationId: actor.organisation.id,
      municipalityCodes: ['2281'],
      status: 'PUBLISHED',
    });
    expect(response.statusCode, response.body).toBe(201);
    const offeringId = (response.json() as { id: string }).id;
    // Until the job runs, the cached candidates do not include it: the staleness the cache allows.
    expect((await queue('2281')).some((s) => s.offering.id === offeringId)).toBe(false);

    await t.app.jobs.runDue();
    const items = await queue('2281');
    expect(items.find((s) => s.challenge.id === challenges[0]!.id)?.offering.id).toBe(offeringId);
    expect(pairsOf(items)).toEqual(await liveRanking('2281'));
  });

  it('leaves out a pair the moment a match is opened on it; the re-rank brings in the next best', async () => {
    const { challenges } = await scene('1880');
    const challengeId = challenges[0]!.id;
    const cachedPage = async () => {
      const response = await curator.get(
        `/api/v1/challenges/${challengeId}/suggestions?limit=${CACHED_CANDIDATES}&includeWeak=true`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return SuggestionList.parse(response.json()).items;
    };
    expect(await cachedPage()).toEqual((await fromChallengePage(challengeId)).slice(0, CACHED_CANDIDATES));
    const best = (await queue('1880')).find((s) => s.challenge.id === challengeId)!;
    const response = await curator.post('/api/v1/matches', {
      challengeId,
      offeringId: best.offering.id,
      action: 'PROPOSE',
      note: 'Ni borde träffas.',
    });
    expect(response.statusCode, response.body).toBe(201);

    const now = (await queue('1880')).filter((s) => s.challenge.id === challengeId);
    expect(now.some((s) => s.offering.id === best.offering.id)).toBe(false);
    expect(now).toHaveLength(5);
    // The challenge's own page reads the same cache: one short until the re-rank.
    const page = await cachedPage();
    expect(page.some((s) => s.offering.id === best.offering.id)).toBe(false);
    expect(page).toHaveLength(CACHED_CANDIDATES - 1);

    await t.app.jobs.runDue();
    expect(await cachedPage()).toEqual((await fromChallengePage(challengeId)).slice(0, CACHED_CANDIDATES));
    expect(pairsOf(await queue('1880'))).toEqual(await liveRanking('1880'));
  });

  it('leaves out an unpublished offering at once, and keeps up with an offering that got worse', async () => {
    const { challenges, offerings } = await scene('0380');
    const challengeId = challenges[0]!.id;
    const cached = (await queue('0380')).filter((s) => s.challenge.id === challengeId);
    const [first, second] = cached;
    const unpublished = await curator.post(`/api/v1/offerings/${first!.offering.id}/unpublish`, {
      reason: 'Felaktiga uppgifter',
      version: offerings.find((o) => o.id === first!.offering.id)!.version,
    });
    expect(unpublished.statusCode, unpublished.body).toBe(200);
    expect((await queue('0380')).some((s) => s.offering.id === first!.offering.id)).toBe(false);

    // The second best loses its fit for the challenge's focus area and target groups.
    const owner = await signedInClient(t.app);
    const worse = offerings.find((o) => o.id === second!.offering.id)!;
    await createMembership(t.app.prisma, { organisationId: worse.organisationId, userId: owner.user.id });
    const edited = await owner.client.patch(`/api/v1/offerings/${worse.id}`, {
      version: worse.version,
      focusAreas: ['CRIME'],
      targetGroups: ['SENIORS'],
    });
    expect(edited.statusCode, edited.body).toBe(200);

    await runJobs();
    const items = await queue('0380');
    expect(items.filter((s) => s.challenge.id === challengeId)).toHaveLength(5);
    expect(pairsOf(items)).toEqual(await liveRanking('0380'));
  });

  it('follows an edited challenge once its re-rank has run; scores are live before that', async () => {
    const { company, challenges } = await scene('1780');
    const challenge = challenges[0]!;
    await queue('1780');
    const housing = await signedInClient(t.app);
    await createMembership(t.app.prisma, { organisationId: company.id, userId: housing.user.id });
    const edited = await housing.client.patch(`/api/v1/challenges/${challenge.id}`, {
      version: challenge.version,
      focusArea: 'SCHOOLS',
      targetGroups: ['YOUTH_13_19'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const live = await fromChallengePage(challenge.id);
    for (const item of (await queue('1780')).filter((s) => s.challenge.id === challenge.id)) {
      expect(item).toEqual(live.find((s) => s.offering.id === item.offering.id));
    }

    await runJobs();
    expect(pairsOf(await queue('1780'))).toEqual(await liveRanking('1780'));
  });

  it('the daily refresh and an organisation’s refresh take in what changed without an event', async () => {
    const { challenges } = await scene('0880');
    await queue('0880');
    // Written around the API, so nothing was queued: the cache does not know these yet.
    const actor = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR', municipalityCode: '0880' });
    const first = await createOffering(t.app.prisma, {
      ...bestFit,
      organisationId: actor.id,
      municipalityCodes: ['0880'],
    });
    expect((await queue('0880')).some((s) => s.offering.id === first.id)).toBe(false);
    await queueSuggestionRefresh(t.app.prisma, { kind: 'organisation', id: actor.id }, `test:${first.id}`);
    await runJobs();
    expect((await queue('0880')).find((s) => s.challenge.id === challenges[0]!.id)?.offering.id).toBe(first.id);

    const second = await createOffering(t.app.prisma, {
      ...bestFit,
      title: 'Jobbcoacher för kvinnor långt från arbetsmarknaden och nyanlända',
      organisationId: (await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR', municipalityCode: '0880' })).id,
      municipalityCodes: ['0880'],
    });
    await queueSuggestionRefresh(t.app.prisma, { kind: 'all' }, `test:${second.id}`);
    await runJobs();
    const items = await queue('0880');
    expect(items.some((s) => s.offering.id === second.id)).toBe(true);
    expect(pairsOf(items)).toEqual(await liveRanking('0880'));
  });
});
