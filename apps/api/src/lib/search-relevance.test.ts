import { ChallengeList, LabList, OfferingList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CHALLENGES } from '../db/seed/demo-data';
import { createChallenge, createLab, createMembership, createOffering, createOrganisation } from '../db/seed/factories';
import { loadDemoData } from '../db/seed/load-demo';
import { Client, createTestApp, signedInClient, type TestApp } from '../test/app';

// What a reader types into the search boxes, through the list routes against PostgreSQL
// (lib/search-query.ts). Each describe searches the rows of an organisation of its own
// (`organisation=` is a condition), so rows made elsewhere cannot change what is found.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function list<T>(url: string, parse: { parse(value: unknown): T }, client = new Client(t.app)) {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return parse.parse(response.json());
}

describe('challenges: the examples readers typed', () => {
  let organisationId: string;
  const ids: Record<string, string> = {};
  const titleOf = new Map<string, string>();

  beforeAll(async () => {
    const prisma = t.app.prisma;
    organisationId = (await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' })).id;
    // Modelled on the demo data, where the examples were measured. Every row sets its focus
    // area and target groups: the factory's defaults (unemployment) would match "arbetslösa".
    const rows = {
      jobbspar: {
        title: 'Vägar till arbete för kvinnor långt från arbetsmarknaden',
        summary: 'Vi söker partner som kan erbjuda vägledning och praktik för arbetslösa kvinnor i Hageby.',
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED'],
      },
      kooperativ: {
        title: 'Stöd för kvinnor som vill starta ett kooperativ',
        summary: 'En grupp kvinnor på Portalen vill starta ett kooperativt företag tillsammans.',
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
      },
      // About unemployed women by its classification only: its text says "mammor".
      mammor: {
        title: 'Svenska för mammor som är hemma med barn',
        summary: 'Mammor som är hemma med små barn har svårt att gå på SFI.',
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'PARENTS', 'NEWLY_ARRIVED'],
      },
      mentorer: {
        title: 'Mentorer från det lokala arbetslivet',
        summary: 'Mentorprogrammet på Portalen behöver fler mentorer.',
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'LONG_TERM_UNEMPLOYED'],
      },
      sommarjobb: {
        title: 'Sommarjobb i det egna bostadsområdet',
        summary: 'Vi vill ge unga sitt första jobb i det egna området.',
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['YOUTH_13_19'],
      },
      centrum: {
        title: 'Liv och trygghet i centrumet på kvällstid',
        description: 'Trygghetsmätningen visar att framför allt kvinnor och äldre undviker centrumet.',
        focusArea: 'CRIME',
        targetGroups: ['ALL_RESIDENTS', 'SENIORS'],
      },
      laxhjalpNara: {
        title: 'Läxhjälp nära hemmet för högstadieelever',
        description: 'Idén kom från en förälder. Många föräldrar kan inte själva hjälpa till med skolarbetet.',
        focusArea: 'SCHOOLS',
        targetGroups: ['YOUTH_13_19'],
      },
      laxhjalpStudie: {
        title: 'Läxhjälp och studiemotivation för årskurs 4–9',
        summary: 'Unga ledare hjälper yngre med läxorna.',
        focusArea: 'SCHOOLS',
        targetGroups: ['CHILDREN'],
      },
      fritid: {
        title: 'Fler meningsfulla fritidsaktiviteter för unga 13–19 år',
        description: 'I dialogmötena var det det som föräldrarna tog upp först.',
        focusArea: 'SERVICES',
        targetGroups: ['YOUTH_13_19'],
      },
      sprakvanner: {
        title: 'Språkvänner som hjälper nyanlända in i vardagen',
        summary: 'Nyanlända hyresgäster vill träffa grannar att prata svenska med.',
        focusArea: 'SERVICES',
        targetGroups: ['NEWLY_ARRIVED'],
      },
      tjejer: {
        title: 'Tjejträning och trygga kvällar i Ringdansen',
        description: 'I dialogmöten berättade föräldrar att döttrarna inte har något att göra på kvällarna.',
        focusArea: 'CRIME',
        targetGroups: ['CHILDREN'],
      },
      trygghetsvandring: {
        title: 'Trygghetsvandringar med boende i våra områden',
        focusArea: 'CRIME',
        targetGroups: ['ALL_RESIDENTS'],
      },
      digital: {
        title: 'Digital delaktighet för äldre hyresgäster',
        description: 'Hjälp med mobil och bank-id i lugn takt och på deras eget språk.',
        focusArea: 'SERVICES',
        targetGroups: ['SENIORS'],
      },
    } as const;
    for (const [key, data] of Object.entries(rows)) {
      const row = await createChallenge(prisma, { organisationId, ...data, targetGroups: [...data.targetGroups] });
      ids[key] = row.id;
      titleOf.set(row.id, row.title);
    }
  });

  const search = async (q: string) => {
    const result = await list(
      `/api/v1/challenges?organisation=${organisationId}&pageSize=50&q=${encodeURIComponent(q)}`,
      ChallengeList,
    );
    return result.items.map((item) => item.id);
  };
  const named = (found: string[]) => found.map((id) => titleOf.get(id));
  const womenAtWork = () => [ids.jobbspar, ids.kooperativ, ids.mammor, ids.mentorer];

  it('"arbetslösa kvinnor" finds the four challenges about unemployed women first, then those about one of the two', async () => {
    const found = await search('arbetslösa kvinnor');
    // Both words in the text first; then by the classification (target group, focus area).
    expect(found[0], named(found).join(' | ')).toBe(ids.jobbspar);
    expect(new Set(found.slice(0, 4))).toEqual(new Set(womenAtWork()));
    // One of the two words: unemployment without women, women in a challenge about safety.
    expect(new Set(found.slice(4))).toEqual(new Set([ids.sommarjobb, ids.centrum]));
  });

  it('"unemployed women" (English, the glossary) finds the same four first', async () => {
    const found = await search('unemployed women');
    expect(new Set(found.slice(0, 4)), named(found).join(' | ')).toEqual(new Set(womenAtWork()));
  });

  it('"mentor" finds "Mentorer från det lokala arbetslivet" (a word begun)', async () => {
    expect(await search('mentor')).toEqual([ids.mentorer]);
  });

  it('"kooperat" finds "kooperativ"', async () => {
    expect(await search('kooperat')).toEqual([ids.kooperativ]);
  });

  it('"läx" finds both "Läxhjälp…" challenges', async () => {
    expect(new Set(await search('läx'))).toEqual(new Set([ids.laxhjalpNara, ids.laxhjalpStudie]));
  });

  it('"fritid" finds "fritidsaktiviteter" and "språk" finds "Språkvänner" (the first part of a compound)', async () => {
    expect(await search('fritid')).toEqual([ids.fritid]);
    const found = await search('språk');
    // The title hit first; "språk" in another's description is found too.
    expect(found).toEqual([ids.sprakvanner, ids.digital]);
  });

  it('"förälder" finds what "föräldrar" finds (inflections)', async () => {
    const plural = await search('föräldrar');
    const singular = await search('förälder');
    expect(new Set(singular)).toEqual(new Set(plural));
    // In the text (förälder, föräldrar, föräldrarna), or aimed at parents (the target group).
    expect(new Set(plural)).toEqual(new Set([ids.laxhjalpNara, ids.fritid, ids.tjejer, ids.mammor]));
  });

  it('"laxhjalp" typed without å and ä finds "Läxhjälp…"', async () => {
    expect(new Set(await search('laxhjalp'))).toEqual(new Set([ids.laxhjalpNara, ids.laxhjalpStudie]));
    expect(new Set(await search('LAXHJALP'))).toEqual(new Set([ids.laxhjalpNara, ids.laxhjalpStudie]));
  });

  it('finds the later part of a compound, and a word with a typo, below whole words', async () => {
    expect(await search('vandringar')).toEqual([ids.trygghetsvandring]);
    expect(await search('kooperatv')).toEqual([ids.kooperativ]);
  });

  it('ranks items with more of the words first', async () => {
    const found = await search('läxhjälp föräldrar');
    expect(found[0]).toBe(ids.laxhjalpNara);
    expect(found.slice(1)).toContain(ids.laxhjalpStudie);
  });
});

describe('ranking', () => {
  let organisationId: string;

  beforeAll(async () => {
    organisationId = (await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' })).id;
  });

  const create = async (data: { title: string; summary?: string; description?: string; desiredOutcome?: string }) =>
    (
      await createChallenge(t.app.prisma, {
        organisationId,
        focusArea: 'SERVICES',
        targetGroups: ['ALL_RESIDENTS'],
        ...data,
      })
    ).id;
  const search = async (q: string) =>
    (
      await list(`/api/v1/challenges?organisation=${organisationId}&q=${encodeURIComponent(q)}`, ChallengeList)
    ).items.map((item) => item.id);

  it('puts the exact title first, even above items that repeat the word', async () => {
    const exact = await create({ title: 'Cykelverkstad', summary: 'En lokal.' });
    const repeated = await create({
      title: 'Cykelverkstad och cykelverkstäder',
      summary: 'Cykelverkstad, cykelverkstad och åter cykelverkstad.',
      description: 'Cykelverkstaden är öppen.',
    });
    expect(await search('cykelverkstad')).toEqual([exact, repeated]);
    // Case and accents do not matter to the exact match either.
    expect((await search('CYKELVERKSTAD'))[0]).toBe(exact);
  });

  it('ranks a title hit above a summary hit above a body hit', async () => {
    const body = await create({ title: 'Tredje', description: 'Vi vill ordna pingisturneringar.' });
    const summary = await create({ title: 'Andra', summary: 'Pingisturneringar för alla.' });
    const title = await create({ title: 'Pingisturneringar på gården' });
    expect(await search('pingisturnering')).toEqual([title, summary, body]);
  });

  it('finds the parts of a compound an edit brought in', async () => {
    const edited = await create({ title: 'Utflykter' });
    expect(await search('cykelreparation')).toEqual([]);
    await t.app.prisma.challenge.update({
      where: { id: edited },
      data: { title: 'Utflykter och lånecykelreparationer' },
    });
    expect(await search('cykelreparation')).toEqual([edited]);
  });

  it('ranks whole words above parts of compounds and typos', async () => {
    const compound = await create({ title: 'Föräldravandringar på kvällarna' });
    const whole = await create({ title: 'Naturvandring', summary: 'Vi ordnar vandringar i skogen.' });
    expect(await search('vandringar')).toEqual([whole, compound]);
  });

  it('adds items matching only some of the words only when fewer than a page match them all', async () => {
    const partial = await create({ title: 'Kanotpaddling' });
    const both = await create({ title: 'Kanotpaddling och fiske' });
    expect(await search('kanotpaddling fiske')).toEqual([both, partial]);
    // With a page of items matching both words, the one matching one word is left out.
    const more = [];
    for (let i = 0; i < 20; i++) more.push(await create({ title: `Fiske vid sjön ${i}`, summary: 'Kanotpaddling.' }));
    const found = await list(
      `/api/v1/challenges?organisation=${organisationId}&pageSize=50&q=kanotpaddling%20fiske`,
      ChallengeList,
    );
    expect(found.total).toBe(21);
    expect(found.items[0]?.id).toBe(both);
    expect(found.items.map((i) => i.id)).not.toContain(partial);
  });

  it('finds items by their classification alone only when their words find fewer than a page', async () => {
    const classified = (
      await createChallenge(t.app.prisma, {
        organisationId,
        title: 'Mammagrupp',
        focusArea: 'SERVICES',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
      })
    ).id;
    expect(await search('kvinnor')).toEqual([classified]);
    for (let i = 0; i < 20; i++) await create({ title: `Kvinnor i föreningslivet ${i}` });
    const found = await list(`/api/v1/challenges?organisation=${organisationId}&pageSize=50&q=kvinnor`, ChallengeList);
    expect(found.total).toBe(20);
    expect(found.items.map((i) => i.id)).not.toContain(classified);
  });

  it('excludes -words and keeps "quoted phrases" together', async () => {
    const withLibrary = await create({ title: 'Schackklubb', description: 'Vi träffas på biblioteket.' });
    const withoutLibrary = await create({ title: 'Schackklubb i källaren' });
    expect(await search('schackklubb -biblioteket')).toEqual([withoutLibrary]);
    expect(await search('"schackklubb i källaren"')).toEqual([withoutLibrary]);
    expect(new Set(await search('schackklubb'))).toEqual(new Set([withLibrary, withoutLibrary]));
  });

  it('finds nothing for stop words only, and answers 200', async () => {
    await create({ title: 'Och så vidare' });
    expect(await search('och så')).toEqual([]);
  });
});

describe('search keeps visibility and facet counts', () => {
  it('counts only what the reader may see, for the same q', async () => {
    const prisma = t.app.prisma;
    const organisation = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
    const common = { organisationId: organisation.id, targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET' as const] };
    await createChallenge(prisma, { ...common, title: 'Kvinnor i arbete', focusArea: 'UNEMPLOYMENT' });
    await createChallenge(prisma, { ...common, title: 'Kvinnor och trygghet', focusArea: 'CRIME' });
    await createChallenge(prisma, { ...common, title: 'Kvinnor utkast', focusArea: 'CRIME', status: 'DRAFT' });
    const url = `/api/v1/challenges?organisation=${organisation.id}&q=kvinnor`;

    const outside = await list(url, ChallengeList);
    expect(outside.total).toBe(2);
    expect(outside.facets.focusArea).toEqual([
      { value: 'CRIME', count: 1 },
      { value: 'UNEMPLOYMENT', count: 1 },
    ]);
    const crime = await list(`${url}&focusArea=CRIME`, ChallengeList);
    expect(crime.items.map((i) => i.title)).toEqual(['Kvinnor och trygghet']);

    const member = await signedInClient(t.app);
    await createMembership(prisma, { userId: member.user.id, organisationId: organisation.id });
    const inside = await list(url, ChallengeList, member.client);
    expect(inside.total).toBe(3);
    expect(inside.facets.focusArea).toEqual([
      { value: 'CRIME', count: 2 },
      { value: 'UNEMPLOYMENT', count: 1 },
    ]);
  });
});

describe('offerings and labs', () => {
  let actorId: string;
  let companyId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const prisma = t.app.prisma;
    actorId = (await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' })).id;
    companyId = (await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' })).id;
    const offering = (data: Parameters<typeof createOffering>[1]) =>
      createOffering(prisma, { organisationId: actorId, ...data }).then((o) => o.id);
    ids.homework = await offering({
      title: 'Läxhjälp och föräldracirklar',
      summary: 'Läxhjälp för elever i årskurs 4–9 och cirklar för föräldrar.',
      focusAreas: ['SCHOOLS'],
      targetGroups: ['CHILDREN', 'PARENTS'],
    });
    ids.sewing = await offering({
      title: 'Arbetsträning i sömnad och catering för kvinnor',
      summary: 'Kvinnor långt från arbetsmarknaden arbetstränar hos oss.',
      focusAreas: ['UNEMPLOYMENT'],
      targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
    });
    ids.cooperative = await offering({
      title: 'Starta kooperativ – stödprogram för kvinnor',
      summary: 'Ett år av stöd för en grupp som vill starta kooperativt företag.',
      focusAreas: ['UNEMPLOYMENT'],
      targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
    });
    ids.walks = await offering({
      title: 'Trygghetsvandringar och situationell brottsprevention',
      focusAreas: ['CRIME'],
      targetGroups: ['ALL_RESIDENTS'],
    });
    const lab = (data: Parameters<typeof createLab>[1]) =>
      createLab(prisma, { organisationId: companyId, ...data }).then((l) => l.id);
    ids.portalen = await lab({
      name: 'Portalen',
      neighbourhood: 'Hageby och Ringdansen',
      summary: 'Vägar till arbete för arbetslösa kvinnor.',
      focusAreas: ['UNEMPLOYMENT'],
    });
    ids.rannebergen = await lab({
      name: 'Rannebergen',
      neighbourhood: 'Rannebergen',
      summary: 'Fritidsaktiviteter och läxhjälp för unga.',
      focusAreas: ['SERVICES', 'SCHOOLS'],
    });
  });

  const offerings = async (q: string) =>
    (await list(`/api/v1/offerings?organisation=${actorId}&q=${encodeURIComponent(q)}`, OfferingList)).items.map(
      (item) => item.id,
    );
  const labs = async (q: string) =>
    (await list(`/api/v1/labs?organisation=${companyId}&q=${encodeURIComponent(q)}`, LabList)).items.map(
      (item) => item.id,
    );

  it('offerings: begun words, no accents, English, inflections', async () => {
    expect(await offerings('läx')).toEqual([ids.homework]);
    expect(await offerings('laxhjalp')).toEqual([ids.homework]);
    expect(await offerings('homework help')).toEqual([ids.homework]);
    expect(await offerings('kooperat')).toEqual([ids.cooperative]);
    expect(await offerings('förälder')).toEqual([ids.homework]);
    expect(new Set(await offerings('unemployed women'))).toEqual(new Set([ids.sewing, ids.cooperative]));
    expect(await offerings('safety walks')).toEqual([ids.walks]);
  });

  it('labs: the same, over name, neighbourhood, summary and description', async () => {
    expect(await labs('arbetslösa kvinnor')).toEqual([ids.portalen]);
    expect(await labs('unemployed')).toEqual([ids.portalen]);
    expect(await labs('fritid')).toEqual([ids.rannebergen]);
    expect(await labs('laxhjalp')).toEqual([ids.rannebergen]);
    expect(await labs('ringdansen')).toEqual([ids.portalen]);
  });
});

describe('on the demo data, where the examples were first measured', () => {
  let demo: TestApp;
  beforeAll(async () => {
    demo = await createTestApp();
    await loadDemoData(demo.app.prisma);
  });
  afterAll(async () => demo?.close());

  const titles = async (q: string) => {
    const response = await demo.app.inject({ url: `/api/v1/challenges?pageSize=50&q=${encodeURIComponent(q)}` });
    expect(response.statusCode, response.body).toBe(200);
    return ChallengeList.parse(response.json()).items.map((item) => item.title);
  };
  const c = DEMO_CHALLENGES;

  it('finds each example', async () => {
    const women = [c.portalenJobbspar, c.portalenKooperativ, c.portalenSprak, c.portalenMentorer].map((x) => x.title);
    expect(new Set((await titles('arbetslösa kvinnor')).slice(0, 4))).toEqual(new Set(women));
    expect(new Set((await titles('unemployed women')).slice(0, 4))).toEqual(new Set(women));
    expect((await titles('mentor'))[0]).toBe(c.portalenMentorer.title);
    expect(await titles('kooperat')).toContain(c.portalenKooperativ.title);
    const homework = [c.rannebergenLaxhjalp.title, c.linaSkolmotivation.title];
    expect(new Set(await titles('läx'))).toEqual(new Set(homework));
    expect(new Set(await titles('laxhjalp'))).toEqual(new Set(homework));
    expect((await titles('fritid'))[0]).toBe(c.rannebergenUngdom.title);
    expect((await titles('språk'))[0]).toBe(c.bodenSprakvanner.title);
    const parents = await titles('föräldrar');
    expect(parents.length).toBeGreaterThanOrEqual(3);
    expect(new Set(await titles('förälder'))).toEqual(new Set(parents));
  });
});
