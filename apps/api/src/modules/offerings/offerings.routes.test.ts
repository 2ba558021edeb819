import { Offering, OfferingList } from '@motesplats/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMembership, createOffering, createOrganisation } from '../../db/seed/factories';
import { Client, organisationCast, signedInClient, useTestApp } from '../../test/app';

const t = useTestApp();

/** A local actor with an owner and a member, an owner of another actor, and a curator. */
const cast = () => organisationCast(t.app, 'LOCAL_ACTOR');

const body = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  organisationId,
  title: 'Jobbcoachning för kvinnor',
  focusAreas: ['UNEMPLOYMENT'],
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
  municipalityCodes: ['0581'],
  supportTypes: ['STAFF'],
  ...extra,
});

describe('writing offerings', () => {
  it('POST: a draft unless told PUBLISHED, which publishes it', async () => {
    const c = await cast();
    const url = '/api/v1/offerings';
    const byMember = await c.member.post(url, body(c.organisation.id));
    expect(Offering.parse(byMember.json())).toMatchObject({ status: 'DRAFT', publishedAt: null });
    const byOwner = await c.owner.post(url, body(c.organisation.id, { status: 'PUBLISHED', isNational: true }));
    expect(Offering.parse(byOwner.json())).toMatchObject({ status: 'PUBLISHED', isNational: true });
    expect(Offering.parse(byOwner.json()).publishedAt).not.toBeNull();
  });

  it('PATCH: refuses leaving no place to work; publishes on the first step out of DRAFT', async () => {
    const c = await cast();
    const row = await createOffering(t.app.prisma, { organisationId: c.organisation.id, status: 'DRAFT' });
    const url = `/api/v1/offerings/${row.id}`;
    const nowhere = await c.member.patch(url, { municipalityCodes: [], version: 1 });
    expect(nowhere.statusCode).toBe(400);

    const published = Offering.parse((await c.member.patch(url, { status: 'PUBLISHED', version: 1 })).json());
    expect(published.publishedAt).not.toBeNull();
    expect(await t.app.prisma.offering.findUnique({ where: { id: row.id } })).toMatchObject({
      status: 'PUBLISHED',
      version: 2,
    });
  });
});

describe('searching offerings', () => {
  let organisationId: string;
  const ids: Record<string, string> = {};
  let member: Client;

  beforeAll(async () => {
    const prisma = t.app.prisma;
    organisationId = (await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' })).id;
    const rows = {
      local: { municipalityCodes: ['0581'], focusAreas: ['UNEMPLOYMENT'], supportTypes: ['ACTIVITY'] },
      twoPlaces: {
        municipalityCodes: ['0580', '0581'],
        focusAreas: ['UNEMPLOYMENT', 'SCHOOLS'],
        supportTypes: ['METHOD'],
      },
      national: { municipalityCodes: [], isNational: true, focusAreas: ['SCHOOLS'], supportTypes: ['TRAINING'] },
      west: { municipalityCodes: ['1480'], focusAreas: ['CRIME'], supportTypes: ['ACTIVITY'] },
      draft: { municipalityCodes: ['0581'], focusAreas: ['UNEMPLOYMENT'], supportTypes: ['ACTIVITY'], status: 'DRAFT' },
    } as const;
    for (const [key, data] of Object.entries(rows)) {
      const row = await createOffering(prisma, {
        organisationId,
        ...data,
        municipalityCodes: [...data.municipalityCodes],
        focusAreas: [...data.focusAreas],
        supportTypes: [...data.supportTypes],
      });
      ids[key] = row.id;
    }
    const signedIn = await signedInClient(t.app);
    await createMembership(prisma, { organisationId, userId: signedIn.user.id });
    member = signedIn.client;
  });

  async function search(client: Client, query: string) {
    const response = await client.get(`/api/v1/offerings?organisation=${organisationId}&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return OfferingList.parse(response.json());
  }

  it('a municipality matches offerings working there or nationally, and counts them so', async () => {
    const result = await search(new Client(t.app), 'municipality=0581');
    expect(new Set(result.items.map((i) => i.id))).toEqual(new Set([ids.local, ids.twoPlaces, ids.national]));
    expect(result.total).toBe(3);
    // Without the municipality filter: 0581 has local + twoPlaces, 0580 twoPlaces, 1480 west;
    // the national offering adds one to each.
    expect(result.facets.municipality).toEqual([
      { value: '0581', count: 3 },
      { value: '0580', count: 2 },
      { value: '1480', count: 2 },
    ]);
    expect(result.facets.region).toEqual([{ value: '05', count: 3 }]);
    expect(result.facets.focusArea).toEqual([
      { value: 'SCHOOLS', count: 2 },
      { value: 'UNEMPLOYMENT', count: 2 },
    ]);
  });

  it('a region (county) works the same way, even where nobody works locally', async () => {
    const west = await search(new Client(t.app), 'region=14');
    expect(new Set(west.items.map((i) => i.id))).toEqual(new Set([ids.west, ids.national]));
    expect(west.facets.region).toEqual([
      { value: '05', count: 3 },
      { value: '14', count: 2 },
    ]);
    const stockholm = await search(new Client(t.app), 'region=01');
    expect(stockholm.items.map((i) => i.id)).toEqual([ids.national]);
    expect(stockholm.facets.region).toContainEqual({ value: '01', count: 1 });
  });

  it('keeps drafts out of results and counts for outsiders, in for members', async () => {
    const outside = await search(new Client(t.app), 'focusArea=UNEMPLOYMENT');
    expect(outside.total).toBe(2);
    expect(outside.items.map((i) => i.id)).not.toContain(ids.draft);
    expect(outside.facets.status).toEqual([{ value: 'PUBLISHED', count: 2 }]);
    const inside = await search(member, 'focusArea=UNEMPLOYMENT');
    expect(inside.total).toBe(3);
    expect(inside.facets.status).toEqual([
      { value: 'PUBLISHED', count: 2 },
      { value: 'DRAFT', count: 1 },
    ]);
    expect((await new Client(t.app).get(`/api/v1/offerings/${ids.draft}`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/offerings/${ids.draft}`)).statusCode).toBe(200);
  });

  it('filters by support type and focus area (several values, OR within)', async () => {
    const result = await search(new Client(t.app), 'supportType=ACTIVITY,TRAINING&focusArea=CRIME,SCHOOLS');
    expect(new Set(result.items.map((i) => i.id))).toEqual(new Set([ids.west, ids.national]));
    expect(result.facets.supportType).toEqual([
      { value: 'ACTIVITY', count: 1 },
      { value: 'METHOD', count: 1 },
      { value: 'TRAINING', count: 1 },
    ]);
  });
});
