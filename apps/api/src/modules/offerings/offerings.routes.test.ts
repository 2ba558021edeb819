import { ErrorEnvelope, Offering, OfferingList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMembership, createOffering, createOrganisation } from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const errorOf = (body: string) => ErrorEnvelope.parse(JSON.parse(body)).error;

/** A local actor with an owner and a member, a member of another actor, and a curator. */
async function cast() {
  const prisma = t.app.prisma;
  const organisation = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const other = await createOrganisation(prisma, { kind: 'LOCAL_ACTOR' });
  const owner = await signedInClient(t.app);
  const member = await signedInClient(t.app);
  const outsider = await signedInClient(t.app);
  const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
  await createMembership(prisma, { organisationId: organisation.id, userId: owner.user.id, role: 'OWNER' });
  await createMembership(prisma, { organisationId: organisation.id, userId: member.user.id, role: 'MEMBER' });
  await createMembership(prisma, { organisationId: other.id, userId: outsider.user.id, role: 'OWNER' });
  return {
    organisation,
    owner: owner.client,
    member: member.client,
    outsider: outsider.client,
    curator: curator.client,
    anonymous: new Client(t.app),
  };
}

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
  it('POST: members and owners of the local actor only', async () => {
    const c = await cast();
    const url = '/api/v1/offerings';
    expect((await c.anonymous.post(url, body(c.organisation.id))).statusCode).toBe(401);
    expect((await c.outsider.post(url, body(c.organisation.id))).statusCode).toBe(403);
    expect((await c.curator.post(url, body(c.organisation.id))).statusCode).toBe(403);
    expect(await t.app.prisma.offering.count({ where: { organisationId: c.organisation.id } })).toBe(0);
    const byMember = await c.member.post(url, body(c.organisation.id));
    expect(byMember.statusCode).toBe(201);
    expect(Offering.parse(byMember.json())).toMatchObject({ status: 'DRAFT', canEdit: true, publishedAt: null });
    const byOwner = await c.owner.post(url, body(c.organisation.id, { status: 'PUBLISHED', isNational: true }));
    expect(Offering.parse(byOwner.json())).toMatchObject({ status: 'PUBLISHED', isNational: true });
    expect(
      await t.app.prisma.auditLog.count({ where: { organisationId: c.organisation.id, action: 'offering.create' } }),
    ).toBe(2);
  });

  it('POST: housing companies do not publish offerings', async () => {
    const company = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
    const { client, user } = await signedInClient(t.app);
    await createMembership(t.app.prisma, { organisationId: company.id, userId: user.id, role: 'OWNER' });
    const response = await client.post('/api/v1/offerings', body(company.id));
    expect(response.statusCode).toBe(403);
    expect(errorOf(response.body).message).toMatch(/local actors/);
  });

  it('PATCH: members and owners edit, others are refused, nothing changes on refusal', async () => {
    const c = await cast();
    const row = await createOffering(t.app.prisma, { organisationId: c.organisation.id, title: 'Före' });
    const url = `/api/v1/offerings/${row.id}`;
    expect((await c.anonymous.patch(url, { title: 'Anonym', version: 1 })).statusCode).toBe(401);
    expect((await c.outsider.patch(url, { title: 'Utomstående', version: 1 })).statusCode).toBe(403);
    expect((await c.curator.patch(url, { title: 'Kurator', version: 1 })).statusCode).toBe(403);
    expect(await t.app.prisma.offering.findUnique({ where: { id: row.id } })).toMatchObject({
      title: 'Före',
      version: 1,
    });
    expect(Offering.parse((await c.member.patch(url, { title: 'Medlem', version: 1 })).json()).version).toBe(2);
    expect(Offering.parse((await c.owner.patch(url, { title: 'Ägare', version: 2 })).json()).title).toBe('Ägare');
  });

  it('PATCH: refuses a stale version, a bad status edge and leaving no place to work', async () => {
    const c = await cast();
    const row = await createOffering(t.app.prisma, { organisationId: c.organisation.id, status: 'DRAFT' });
    const url = `/api/v1/offerings/${row.id}`;
    const edge = await c.member.patch(url, { status: 'ARCHIVED', version: 1 });
    expect(edge.statusCode).toBe(409);
    expect(errorOf(edge.body).details).toMatchObject({ from: 'DRAFT', to: 'ARCHIVED' });
    const nowhere = await c.member.patch(url, { municipalityCodes: [], version: 1 });
    expect(nowhere.statusCode).toBe(400);

    const published = Offering.parse((await c.member.patch(url, { status: 'PUBLISHED', version: 1 })).json());
    expect(published.publishedAt).not.toBeNull();
    const stale = await c.owner.patch(url, { status: 'ARCHIVED', version: 1 });
    expect(errorOf(stale.body).code).toBe('VERSION_CONFLICT');
    expect(await t.app.prisma.offering.findUnique({ where: { id: row.id } })).toMatchObject({
      status: 'PUBLISHED',
      version: 2,
    });
  });

  it('PATCH: of two concurrent edits of one version, exactly one wins', async () => {
    const c = await cast();
    const row = await createOffering(t.app.prisma, { organisationId: c.organisation.id });
    const url = `/api/v1/offerings/${row.id}`;
    const answers = await Promise.all([
      c.member.patch(url, { capacity: 10, version: 1 }),
      c.owner.patch(url, { capacity: 20, version: 1 }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const stored = await t.app.prisma.offering.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.version).toBe(2);
    expect(stored.capacity).toBe(Offering.parse(answers.find((a) => a.statusCode === 200)?.json()).capacity);
  });

  it('unpublish and restore: curators only', async () => {
    const c = await cast();
    const row = await createOffering(t.app.prisma, { organisationId: c.organisation.id });
    const url = `/api/v1/offerings/${row.id}`;
    const reason = { reason: 'Vilseledande uppgifter' };
    expect((await c.anonymous.post(`${url}/unpublish`, reason)).statusCode).toBe(401);
    expect((await c.outsider.post(`${url}/unpublish`, reason)).statusCode).toBe(403);
    expect((await c.owner.post(`${url}/unpublish`, reason)).statusCode).toBe(403);
    expect((await c.curator.post(`${url}/unpublish`, reason)).statusCode).toBe(200);
    expect((await c.anonymous.get(url)).statusCode).toBe(404);
    expect((await c.outsider.get(url)).statusCode).toBe(404);
    expect(Offering.parse((await c.member.get(url)).json()).unpublishedReason).toBe(reason.reason);
    expect((await c.member.post(`${url}/restore`)).statusCode).toBe(403);
    expect((await c.curator.post(`${url}/restore`)).statusCode).toBe(200);
    expect((await c.anonymous.get(url)).statusCode).toBe(200);
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
