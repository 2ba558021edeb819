import { SUGGESTION_BAND_THRESHOLDS, SuggestionList, suggestionBand, type Suggestion } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../generated/prisma/client';
import { createChallenge, createMatch, createOffering, createOrganisation } from '../../db/seed/factories';
import { createTestApp, signedInClient, type Client, type TestApp } from '../../test/app';
import { refreshChallengeSuggestions } from './suggestion-cache';

let t: TestApp;
let curator: Client;
beforeAll(async () => {
  t = await createTestApp();
  curator = (await signedInClient(t.app, { platformRole: 'CURATOR' })).client;
});
afterAll(async () => t?.close());

const list = async (url: string) => {
  const response = await curator.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return SuggestionList.parse(response.json()).items;
};

/** A challenge in Norrköping (each test its own county-free municipality keeps queues apart). */
const challengeFields = {
  title: 'Arbetsträning i sömnad för kvinnor i Hageby',
  summary: 'Vi vill att fler kvinnor får arbetsträning och söker en partner som kan sömnad.',
  description: 'Kvinnorna vill sy och laga kläder tillsammans.',
  focusArea: 'UNEMPLOYMENT',
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
  municipalityCode: '0581',
  neededSupportTypes: ['TRAINING'],
  bringsPremises: true,
  bringsFunding: true,
} satisfies Partial<Prisma.ChallengeUncheckedCreateInput>;

const offeringFields = {
  title: 'Sömnadsverkstad med arbetsträningen',
  summary: 'Vi söker kvinnor som vill ha arbetsträning i sömnad.',
  description: 'Deltagarna syr på beställning.',
  focusAreas: ['UNEMPLOYMENT'],
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
  municipalityCodes: ['0581'],
  supportTypes: ['TRAINING'],
  capacity: 20,
  costModel: 'FREE',
} satisfies Partial<Prisma.OfferingUncheckedCreateInput>;

async function pairOf(
  offering: Partial<Prisma.OfferingUncheckedCreateInput> = {},
  challenge: Partial<Prisma.ChallengeUncheckedCreateInput> = {},
) {
  const prisma = t.app.prisma;
  const c = await createChallenge(prisma, { ...challengeFields, ...challenge });
  const o = await createOffering(prisma, { ...offeringFields, ...offering });
  return { challenge: c, offering: o };
}

async function suggestion(challengeId: string, offeringId: string, query = 'limit=50&includeWeak=true') {
  const items = await list(`/api/v1/challenges/${challengeId}/suggestions?${query}`);
  return items.find((s) => s.offering.id === offeringId);
}

describe('the words both texts use', () => {
  it('names them as the challenge writes them, telling words first, common ones left out', async () => {
    const { challenge, offering } = await pairOf();
    const item = await suggestion(challenge.id, offering.id);
    // "arbetsträningen" in the offering matches "arbetsträning"; "vill", "söker", "partner" and
    // "fler" are in both texts too, and say nothing.
    expect(item?.reasons.sharedWords).toEqual(['arbetsträning', 'kvinnor', 'sömnad']);
    expect(item?.explanation).toContain('Båda nämner: arbetsträning, kvinnor och sömnad');
    expect(item?.against).not.toContain('Texterna har inga viktiga ord gemensamt');
    const [en] = (await list(`/api/v1/challenges/${challenge.id}/suggestions?limit=50&lang=en`)).filter(
      (s) => s.offering.id === offering.id,
    );
    expect(en?.explanation).toContain('Both mention: arbetsträning, kvinnor and sömnad');
  });

  it('says so when the texts share nothing telling', async () => {
    const { challenge, offering } = await pairOf({
      title: 'Cykelverkstad',
      summary: 'Vi lagar cyklar.',
      description: 'Öppet på tisdagar.',
    });
    const item = await suggestion(challenge.id, offering.id);
    expect(item?.reasons.sharedWords).toEqual([]);
    expect(item?.explanation).not.toContain('Båda nämner');
    expect(item?.against).toContain('Texterna har inga viktiga ord gemensamt');
  });

  it('are kept with a cached pair, and found again once a text has changed', async () => {
    const prisma = t.app.prisma;
    const { challenge, offering } = await pairOf();
    await refreshChallengeSuggestions(prisma, [challenge.id]);
    const cached = await prisma.challengeSuggestion.findUniqueOrThrow({
      where: { challengeId_offeringId: { challengeId: challenge.id, offeringId: offering.id } },
    });
    expect(cached.sharedWords).toEqual(['arbetsträning', 'kvinnor', 'sömnad']);
    // The default page reads the cache; what it shows is the stored words.
    expect((await suggestion(challenge.id, offering.id, 'includeWeak=true'))?.reasons.sharedWords).toEqual(
      cached.sharedWords,
    );
    await prisma.offering.update({
      where: { id: offering.id },
      data: { title: 'Sömnadsverkstad', summary: 'Sömnad för kvinnor.', description: 'Vi syr.' },
    });
    expect((await suggestion(challenge.id, offering.id, 'includeWeak=true'))?.reasons.sharedWords).toEqual([
      'kvinnor',
      'sömnad',
    ]);
  });
});

describe('what speaks against a pair', () => {
  it('an actor that works nationally has no local presence', async () => {
    const { challenge, offering } = await pairOf({ municipalityCodes: [], isNational: true });
    const item = await suggestion(challenge.id, offering.id);
    expect(item?.against).toContain('Ingen lokal verksamhet i Norrköping');
  });

  it('another focus area, target groups and support the offering does not name', async () => {
    const { challenge, offering } = await pairOf(
      { focusAreas: ['SCHOOLS'], targetGroups: ['PARENTS'], supportTypes: ['ACTIVITY'] },
      { neededSupportTypes: ['TRAINING', 'STAFF'] },
    );
    const item = await suggestion(challenge.id, offering.id);
    expect(item?.against).toEqual(
      expect.arrayContaining([
        'Annat fokusområde: skolresultat',
        'Riktar sig inte till kvinnor långt från arbetsmarknaden',
        'Ger inte utbildning och personal',
      ]),
    );
    expect(item?.reasons.missingTargetGroups).toEqual(['WOMEN_FAR_FROM_LABOUR_MARKET']);
    expect(item?.reasons.missingSupportTypes).toEqual(['TRAINING', 'STAFF']);
  });

  it('capacity taken by other matches', async () => {
    const { challenge, offering } = await pairOf({ capacity: 1 });
    await createMatch(t.app.prisma, { offeringId: offering.id, state: 'ACTIVE' });
    const item = await suggestion(challenge.id, offering.id);
    expect(item?.reasons.activeMatches).toBe(1);
    expect(item?.against).toContain('Kapaciteten är fylld: 1 pågående samarbete');

    const busy = await pairOf({ capacity: 30 });
    await createMatch(t.app.prisma, { offeringId: busy.offering.id, state: 'AGREED' });
    await createMatch(t.app.prisma, { offeringId: busy.offering.id, state: 'ACTIVE' });
    expect((await suggestion(busy.challenge.id, busy.offering.id))?.against).toContain('Redan i 2 pågående samarbeten');
  });

  it('a cost the housing company has not offered to fund, and an actor not yet verified', async () => {
    const pending = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR', verification: 'PENDING' });
    const { challenge, offering } = await pairOf(
      { costModel: 'PER_PARTICIPANT', organisationId: pending.id },
      { bringsFunding: false },
    );
    const item = await suggestion(challenge.id, offering.id);
    expect(item?.against).toEqual(
      expect.arrayContaining([
        'Kostar pengar (pris per deltagare), och bostadsbolaget har inte angett finansiering',
        'Aktören är inte verifierad än',
      ]),
    );
  });

  it('nothing, for a pair that fits on every count', async () => {
    const { challenge, offering } = await pairOf();
    expect((await suggestion(challenge.id, offering.id))?.against).toEqual([]);
  });
});

describe('quality bands', () => {
  const weakFields = {
    title: 'Cykelverkstad',
    summary: 'Vi lagar cyklar.',
    description: 'Öppet på tisdagar.',
    targetGroups: ['SENIORS'],
    supportTypes: ['PREMISES'],
    municipalityCodes: [],
    isNational: true,
  } satisfies Partial<Prisma.OfferingUncheckedCreateInput>;

  it('follow the thresholds beside the weights', () => {
    const { strong, possible } = SUGGESTION_BAND_THRESHOLDS;
    expect(suggestionBand(strong)).toBe('STRONG');
    expect(suggestionBand(strong - 0.1)).toBe('POSSIBLE');
    expect(suggestionBand(possible)).toBe('POSSIBLE');
    expect(suggestionBand(possible - 0.1)).toBe('WEAK');
  });

  it('band every suggestion by its score; weak ones only when asked for, on every list', async () => {
    const prisma = t.app.prisma;
    const { challenge, offering: good } = await pairOf({}, { municipalityCode: '2161' });
    await prisma.offering.update({ where: { id: good.id }, data: { municipalityCodes: ['2161'] } });
    const weak = await createOffering(prisma, { ...offeringFields, ...weakFields });

    const all = await list(`/api/v1/challenges/${challenge.id}/suggestions?limit=50&includeWeak=true`);
    for (const s of all) expect(s.band).toBe(suggestionBand(s.score));
    const find = (items: Suggestion[], id: string) => items.find((s) => s.offering.id === id);
    expect(find(all, good.id)?.band).toBe('STRONG');
    expect(find(all, weak.id)?.band).toBe('WEAK');

    for (const url of [
      `/api/v1/challenges/${challenge.id}/suggestions?limit=50`,
      `/api/v1/challenges/${challenge.id}/suggestions`,
      `/api/v1/suggestions?municipality=2161&perChallenge=5&limit=100`,
    ]) {
      const shown = await list(url);
      expect(shown.filter((s) => s.challenge.id === challenge.id).map((s) => s.offering.id)).toContain(good.id);
      expect(
        shown.every((s) => s.band !== 'WEAK'),
        url,
      ).toBe(true);
      const asked = await list(`${url}${url.includes('?') ? '&' : '?'}includeWeak=true`);
      expect(find(asked, weak.id), url).toBeDefined();
    }
    expect((await list(`/api/v1/offerings/${weak.id}/suggestions`)).some((s) => s.challenge.id === challenge.id)).toBe(
      false,
    );
    expect(
      (await list(`/api/v1/offerings/${weak.id}/suggestions?includeWeak=true`)).some(
        (s) => s.challenge.id === challenge.id,
      ),
    ).toBe(true);
  });

  it('includeWeak takes true or false only', async () => {
    const { challenge } = await pairOf();
    const response = await curator.get(`/api/v1/challenges/${challenge.id}/suggestions?includeWeak=yes`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: expect.any(String) } });
  });
});
