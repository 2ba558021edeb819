import { ChallengeList, type FacetCount } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChallenge, createMembership, createOrganisation } from '../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../test/app';
import { decodeCursor, encodeCursor } from './faceted-search';

// facetedSearch() through GET /api/v1/challenges. Each case works on the challenges of an
// organisation of its own (`organisation=` is a condition, not a facet), so rows made by other
// cases cannot change totals or counts. What q finds and how it ranks: search-relevance.test.ts.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const anonymous = () => new Client(t.app);

async function search(client: Client, query: string) {
  const response = await client.get(`/api/v1/challenges?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return ChallengeList.parse(response.json());
}

describe('filters and facet counts', () => {
  let organisationId: string;
  const ids: Record<string, string> = {};
  let member: Client;

  beforeAll(async () => {
    const prisma = t.app.prisma;
    const organisation = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
    organisationId = organisation.id;
    // Hand-made set: municipality codes 0580/0581 are in county 05, 0181 in 01, 1480 in 14, 2582 in 25.
    const rows = {
      A: {
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'LONG_TERM_UNEMPLOYED'],
        municipalityCode: '0581',
        neededSupportTypes: ['ACTIVITY', 'STAFF'],
      },
      B: {
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
        municipalityCode: '0580',
        neededSupportTypes: ['FUNDING'],
        status: 'IN_PROGRESS',
      },
      C: {
        focusArea: 'SCHOOLS',
        targetGroups: ['YOUTH_13_19', 'PARENTS'],
        municipalityCode: '0181',
        neededSupportTypes: ['ACTIVITY'],
      },
      D: {
        focusArea: 'CRIME',
        targetGroups: ['YOUTH_13_19'],
        municipalityCode: '1480',
        neededSupportTypes: ['STAFF', 'PREMISES'],
        status: 'CLOSED',
      },
      E: {
        focusArea: 'SERVICES',
        targetGroups: ['SENIORS'],
        municipalityCode: '2582',
        neededSupportTypes: ['ACTIVITY'],
      },
      F: {
        focusArea: 'UNEMPLOYMENT',
        targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
        municipalityCode: '0581',
        neededSupportTypes: ['ACTIVITY'],
        status: 'DRAFT',
      },
    } as const;
    for (const [key, data] of Object.entries(rows)) {
      const row = await createChallenge(prisma, {
        organisationId,
        ...data,
        targetGroups: [...data.targetGroups],
        neededSupportTypes: [...data.neededSupportTypes],
      });
      ids[key] = row.id;
    }
    const signedIn = await signedInClient(t.app);
    await createMembership(prisma, { organisationId, userId: signedIn.user.id });
    member = signedIn.client;
  });

  it('ANDs filters, counts each facet under the other filters only', async () => {
    const result = await search(anonymous(), `organisation=${organisationId}&focusArea=UNEMPLOYMENT&region=05`);
    expect(result.total).toBe(2);
    expect(new Set(result.items.map((i) => i.id))).toEqual(new Set([ids.A, ids.B]));
    expect(result.facets).toEqual({
      // region=05 only: A and B (C, D, E are elsewhere; the draft F is not public)
      focusArea: [{ value: 'UNEMPLOYMENT', count: 2 }],
      // focusArea=UNEMPLOYMENT only: A and B are both in county 05
      region: [{ value: '05', count: 2 }],
      targetGroup: [
        { value: 'WOMEN_FAR_FROM_LABOUR_MARKET', count: 2 },
        { value: 'LONG_TERM_UNEMPLOYED', count: 1 },
      ],
      municipality: [
        { value: '0580', count: 1 },
        { value: '0581', count: 1 },
      ],
      supportType: [
        { value: 'ACTIVITY', count: 1 },
        { value: 'FUNDING', count: 1 },
        { value: 'STAFF', count: 1 },
      ],
      status: [
        { value: 'IN_PROGRESS', count: 1 },
        { value: 'OPEN', count: 1 },
      ],
    } satisfies Record<string, FacetCount[]>);
  });

  it('ORs values within a filter and keeps a selected value that has no hits at zero', async () => {
    const result = await search(
      anonymous(),
      `organisation=${organisationId}&focusArea=UNEMPLOYMENT,SCHOOLS&targetGroup=YOUTH_13_19`,
    );
    expect(result.items.map((i) => i.id)).toEqual([ids.C]);
    expect(result.total).toBe(1);
    // targetGroup=YOUTH_13_19 only: C (SCHOOLS) and D (CRIME); UNEMPLOYMENT is selected, so it stays.
    expect(result.facets.focusArea).toEqual([
      { value: 'CRIME', count: 1 },
      { value: 'SCHOOLS', count: 1 },
      { value: 'UNEMPLOYMENT', count: 0 },
    ]);
    // focusArea in (UNEMPLOYMENT, SCHOOLS) only: A, B, C
    expect(result.facets.targetGroup).toEqual([
      { value: 'WOMEN_FAR_FROM_LABOUR_MARKET', count: 2 },
      { value: 'LONG_TERM_UNEMPLOYED', count: 1 },
      { value: 'PARENTS', count: 1 },
      { value: 'YOUTH_13_19', count: 1 },
    ]);
    // Repeating the parameter means the same as a comma-separated list.
    const repeated = await search(
      anonymous(),
      `organisation=${organisationId}&focusArea=UNEMPLOYMENT&focusArea=SCHOOLS&targetGroup=YOUTH_13_19`,
    );
    expect(repeated.facets).toEqual(result.facets);
  });

  it('counts the organisation’s own draft for its members, not for others', async () => {
    const query = `organisation=${organisationId}&focusArea=UNEMPLOYMENT`;
    const outside = await search(anonymous(), query);
    expect(outside.total).toBe(2);
    expect(outside.facets.municipality).toEqual([
      { value: '0580', count: 1 },
      { value: '0581', count: 1 },
    ]);
    const inside = await search(member, query);
    expect(inside.total).toBe(3);
    expect(inside.items.map((i) => i.id)).toContain(ids.F);
    expect(inside.facets.municipality).toEqual([
      { value: '0581', count: 2 },
      { value: '0580', count: 1 },
    ]);
    expect(inside.facets.status).toEqual([
      { value: 'DRAFT', count: 1 },
      { value: 'IN_PROGRESS', count: 1 },
      { value: 'OPEN', count: 1 },
    ]);
  });

  it('filters by several municipalities and by status', async () => {
    const result = await search(anonymous(), `organisation=${organisationId}&municipality=0181,1480&status=OPEN`);
    expect(result.items.map((i) => i.id)).toEqual([ids.C]);
    expect(result.facets.status).toEqual([
      { value: 'CLOSED', count: 1 },
      { value: 'OPEN', count: 1 },
    ]);
  });
});

describe('keyset paging', () => {
  let organisationId: string;
  let expected: string[];
  const titleHits = new Set<string>();

  beforeAll(async () => {
    const prisma = t.app.prisma;
    organisationId = (await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' })).id;
    const base = Date.parse('2026-01-01T00:00:00Z');
    const rows: { id: string; at: number }[] = [];
    for (let i = 0; i < 23; i++) {
      // Every third pair shares its timestamp, so the id tiebreak is exercised.
      const at = base + Math.floor(i / 2) * 60_000;
      const row = await createChallenge(prisma, {
        organisationId,
        title: i % 3 === 0 ? `Nyckelord nyckelord ${i}` : `Rad ${i}`,
        description: 'nyckelord',
        publishedAt: new Date(at),
      });
      rows.push({ id: row.id, at });
      if (i % 3 === 0) titleHits.add(row.id);
    }
    expected = rows.sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1)).map((r) => r.id);
  });

  async function walk(query: string, pageSize: number) {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const suffix: string = cursor ? `&cursor=${cursor}` : '';
      const page = await search(anonymous(), `organisation=${organisationId}&pageSize=${pageSize}${query}${suffix}`);
      expect(page.total).toBe(23);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    return seen;
  }

  it('returns every item exactly once, newest first, then by id', async () => {
    expect(await walk('', 4)).toEqual(expected);
    expect(await walk('', 23)).toEqual(expected);
  });

  it('walks relevance order the same way as one big page', async () => {
    const all = await search(anonymous(), `organisation=${organisationId}&pageSize=100&q=nyckelord`);
    expect(all.items).toHaveLength(23);
    expect(all.nextCursor).toBeNull();
    const walked = await walk('&q=nyckelord', 5);
    expect(walked).toEqual(all.items.map((i) => i.id));
    expect(new Set(walked).size).toBe(23);
    // The eight rows with the word in the title (weight A) come before the description-only ones.
    expect(new Set(walked.slice(0, 8))).toEqual(titleHits);
  });

  it('agrees with page numbers on the first pages', async () => {
    const second = await search(anonymous(), `organisation=${organisationId}&pageSize=4&page=2`);
    expect(second.items.map((i) => i.id)).toEqual(expected.slice(4, 8));
  });

  it('refuses a cursor made for the other ordering', async () => {
    const cursor = encodeCursor({ by: 'newest', at: new Date().toISOString(), id: expected[0] ?? '' });
    expect(decodeCursor(cursor, 'newest').by).toBe('newest');
    const response = await anonymous().get(`/api/v1/challenges?q=nyckelord&cursor=${cursor}`);
    expect(response.statusCode).toBe(400);
  });
});
