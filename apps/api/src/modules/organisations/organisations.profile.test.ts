import { ErrorEnvelope, Organisation, OrganisationList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMembership, createOrganisation, uniqueSuffix } from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const errorOf = (body: string) => ErrorEnvelope.parse(JSON.parse(body)).error;

/** An organisation with a signed-in owner and member, and people from outside it. */
async function cast(kind: 'HOUSING_COMPANY' | 'LOCAL_ACTOR' = 'HOUSING_COMPANY') {
  const organisation = await createOrganisation(t.app.prisma, { kind, verification: 'PENDING' });
  const owner = await signedInClient(t.app);
  const member = await signedInClient(t.app);
  await createMembership(t.app.prisma, { userId: owner.user.id, organisationId: organisation.id, role: 'OWNER' });
  await createMembership(t.app.prisma, { userId: member.user.id, organisationId: organisation.id, role: 'MEMBER' });
  const outsider = await signedInClient(t.app);
  await createMembership(t.app.prisma, { userId: outsider.user.id, role: 'OWNER' });
  const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
  const admin = await signedInClient(t.app, { platformRole: 'ADMIN' });
  return { organisation, owner, member, outsider, curator, admin, anonymous: new Client(t.app) };
}

const stored = (id: string) => t.app.prisma.organisation.findUniqueOrThrow({ where: { id } });

describe('PATCH /api/v1/organisations/:id', () => {
  it('lets owners and administrators edit the profile; members, outsiders and curators get 403, anonymous 401', async () => {
    const { organisation, owner, member, outsider, curator, admin, anonymous } = await cast();
    const url = `/api/v1/organisations/${organisation.id}`;
    for (const [client, status] of [
      [anonymous, 401],
      [outsider.client, 403],
      [member.client, 403],
      [curator.client, 403],
    ] as const) {
      const response = await client.patch(url, { description: 'Kapad', version: 1 });
      expect(response.statusCode).toBe(status);
    }
    expect(await stored(organisation.id)).toMatchObject({ description: '', version: 1 });

    const edited = await owner.client.patch(url, {
      name: 'Nya Bostäder AB',
      description: 'Vi hyr ut lägenheter i Norrköping.',
      website: 'https://nya.example.org',
      phone: null,
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(Organisation.parse(edited.json())).toMatchObject({
      name: 'Nya Bostäder AB',
      website: 'https://nya.example.org',
      version: 2,
      myRole: 'OWNER',
      // the organisation number, kind and slug stay as registered
      orgNumber: organisation.orgNumber,
      kind: 'HOUSING_COMPANY',
      slug: organisation.slug,
    });
    expect((await admin.client.patch(url, { municipalityCode: '0581', version: 2 })).statusCode).toBe(200);

    const audit = await t.app.prisma.auditLog.findMany({
      where: { entityId: organisation.id, action: 'organisation.update' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.actorId)).toEqual([owner.user.id, admin.user.id]);
    expect(audit[0]?.data).toMatchObject({ fields: ['name', 'description', 'website', 'phone'] });
  });

  it('gives only local actors an actor type', async () => {
    const company = await cast('HOUSING_COMPANY');
    const refused = await company.owner.client.patch(`/api/v1/organisations/${company.organisation.id}`, {
      actorType: 'SCHOOL',
      version: 1,
    });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body).details?.issues?.[0]?.path).toEqual(['actorType']);
    expect((await stored(company.organisation.id)).actorType).toBeNull();

    const actor = await cast('LOCAL_ACTOR');
    const changed = await actor.owner.client.patch(`/api/v1/organisations/${actor.organisation.id}`, {
      actorType: 'SCHOOL',
      version: 1,
    });
    expect(Organisation.parse(changed.json()).actorType).toBe('SCHOOL');
  });

  it('refuses a stale version (409 VERSION_CONFLICT) and lets only one of two concurrent edits win', async () => {
    const { organisation, owner, admin } = await cast();
    const url = `/api/v1/organisations/${organisation.id}`;
    expect((await owner.client.patch(url, { description: 'Först', version: 1 })).statusCode).toBe(200);
    const stale = await admin.client.patch(url, { description: 'Gammal', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).code).toBe('VERSION_CONFLICT');
    expect(await stored(organisation.id)).toMatchObject({ description: 'Först', version: 2 });

    const results = await Promise.all([
      owner.client.patch(url, { description: 'Ägaren', version: 2 }),
      admin.client.patch(url, { description: 'Admin', version: 2 }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const after = await stored(organisation.id);
    expect(after.version).toBe(3);
    expect(after.description).toBe(results[0]?.statusCode === 200 ? 'Ägaren' : 'Admin');
    expect(
      await t.app.prisma.auditLog.count({ where: { entityId: organisation.id, action: 'organisation.update' } }),
    ).toBe(2);
  });

  it('answers 404 for an unknown organisation', async () => {
    const { admin } = await cast();
    const response = await admin.client.patch('/api/v1/organisations/00000000-0000-4000-8000-000000000000', {
      description: 'x',
      version: 1,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('POST /api/v1/organisations/:id/verification', () => {
  it('is for curators: verifying records who and when, rejecting clears it; both audited with the note', async () => {
    const { organisation, owner, member, outsider, curator, anonymous } = await cast();
    const url = `/api/v1/organisations/${organisation.id}/verification`;
    for (const [client, status] of [
      [anonymous, 401],
      [outsider.client, 403],
      [member.client, 403],
      [owner.client, 403],
    ] as const) {
      expect((await client.post(url, { verification: 'VERIFIED' })).statusCode).toBe(status);
    }
    expect(await stored(organisation.id)).toMatchObject({ verification: 'PENDING', verifiedAt: null });

    const verified = await curator.client.post(url, { verification: 'VERIFIED', note: 'Kollat mot Bolagsverket' });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(Organisation.parse(verified.json())).toMatchObject({ verification: 'VERIFIED', version: 1 });
    expect(await stored(organisation.id)).toMatchObject({ verifiedById: curator.user.id });
    expect((await stored(organisation.id)).verifiedAt).not.toBeNull();

    const rejected = await curator.client.post(url, { verification: 'REJECTED', note: 'Fel organisationsnummer' });
    expect(Organisation.parse(rejected.json())).toMatchObject({ verification: 'REJECTED', verifiedAt: null });
    expect(await stored(organisation.id)).toMatchObject({ verifiedById: null });

    const audit = await t.app.prisma.auditLog.findMany({
      where: { entityId: organisation.id, action: 'organisation.verification' },
      orderBy: { id: 'asc' },
      select: { actorId: true, data: true },
    });
    expect(audit).toEqual([
      { actorId: curator.user.id, data: { from: 'PENDING', to: 'VERIFIED', note: 'Kollat mot Bolagsverket' } },
      { actorId: curator.user.id, data: { from: 'VERIFIED', to: 'REJECTED', note: 'Fel organisationsnummer' } },
    ]);

    const missing = await curator.client.post(
      '/api/v1/organisations/00000000-0000-4000-8000-000000000000/verification',
      {
        verification: 'VERIFIED',
      },
    );
    expect(missing.statusCode).toBe(404);
  });

  it('tells the members, in the app and by e-mail, once, when their organisation is verified', async () => {
    const { organisation, owner, member, outsider, curator } = await cast();
    const url = `/api/v1/organisations/${organisation.id}/verification`;
    const told = () =>
      t.app.prisma.notification.findMany({
        where: { kind: 'ORGANISATION_VERIFIED', payload: { path: ['organisationId'], equals: organisation.id } },
        select: { id: true, userId: true, matchId: true, payload: true },
      });
    expect((await curator.client.post(url, { verification: 'REJECTED', note: 'Okänt nummer' })).statusCode).toBe(200);
    expect(await told()).toEqual([]);

    expect((await curator.client.post(url, { verification: 'VERIFIED' })).statusCode).toBe(200);
    const notifications = await told();
    expect(notifications.map((n) => n.userId).sort()).toEqual([owner.user.id, member.user.id].sort());
    expect(notifications.map((n) => n.userId)).not.toContain(outsider.user.id);
    expect(notifications[0]).toMatchObject({
      matchId: null,
      payload: {
        organisationId: organisation.id,
        organisationName: organisation.name,
        actorName: (await t.app.prisma.user.findUniqueOrThrow({ where: { id: curator.user.id } })).name,
      },
    });
    const jobs = await t.app.prisma.job.count({
      where: { dedupeKey: { in: notifications.map((n) => `notification-email:${n.id}`) } },
    });
    expect(jobs).toBe(2);

    // Saying it again is no news.
    expect((await curator.client.post(url, { verification: 'VERIFIED' })).statusCode).toBe(200);
    expect(await told()).toHaveLength(2);
  });
});

describe('GET /api/v1/organisations: facets, the verification queue and cursors', () => {
  /** Four organisations sharing a tag (so q isolates them) in Kiruna, Luleå (county 25) and Stockholm. */
  async function tagged() {
    const tag = `f${uniqueSuffix().replace(/-/g, '')}`;
    const make = (
      word: string,
      kind: 'HOUSING_COMPANY' | 'LOCAL_ACTOR',
      actorType: 'ASSOCIATION' | 'SCHOOL' | null,
      municipalityCode: string,
      verification: 'VERIFIED' | 'PENDING' | 'UNVERIFIED',
    ) =>
      createOrganisation(t.app.prisma, {
        name: `${word} ${tag}`,
        kind,
        actorType,
        municipalityCode,
        verification,
      });
    return {
      tag,
      o1: await make('Malmbostäder', 'HOUSING_COMPANY', null, '2584', 'VERIFIED'),
      o2: await make('Idrottsföreningen', 'LOCAL_ACTOR', 'ASSOCIATION', '2584', 'PENDING'),
      o3: await make('Luleå folkhögskola', 'LOCAL_ACTOR', 'SCHOOL', '2580', 'PENDING'),
      o4: await make('Stockholms läxhjälp', 'LOCAL_ACTOR', 'ASSOCIATION', '0180', 'UNVERIFIED'),
    };
  }

  // Curators list every organisation; others see only verified ones (tested in organisations.verification.test.ts).
  let curator: Awaited<ReturnType<typeof signedInClient>>;
  beforeAll(async () => {
    curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
  });

  const list = async (query: string) => {
    const response = await curator.client.get(`/api/v1/organisations?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return OrganisationList.parse(response.json());
  };

  it('counts every facet under the other filters, against a hand-computed expectation', async () => {
    const { tag, o2, o3 } = await tagged();
    const all = await list(`q=${tag}`);
    expect(all.total).toBe(4);
    expect(all.facets).toEqual({
      kind: [
        { value: 'LOCAL_ACTOR', count: 3 },
        { value: 'HOUSING_COMPANY', count: 1 },
      ],
      actorType: [
        { value: 'ASSOCIATION', count: 2 },
        { value: 'SCHOOL', count: 1 },
      ],
      municipality: [
        { value: '2584', count: 2 },
        { value: '0180', count: 1 },
        { value: '2580', count: 1 },
      ],
      region: [
        { value: '25', count: 3 },
        { value: '01', count: 1 },
      ],
      verification: [
        { value: 'PENDING', count: 2 },
        { value: 'UNVERIFIED', count: 1 },
        { value: 'VERIFIED', count: 1 },
      ],
    });

    const narrowed = await list(`q=${tag}&kind=LOCAL_ACTOR&region=25`);
    expect(new Set(narrowed.items.map((o) => o.id))).toEqual(new Set([o2.id, o3.id]));
    expect(narrowed.total).toBe(2);
    expect(narrowed.facets).toEqual({
      // under region=25 only: o1, o2, o3
      kind: [
        { value: 'LOCAL_ACTOR', count: 2 },
        { value: 'HOUSING_COMPANY', count: 1 },
      ],
      actorType: [
        { value: 'ASSOCIATION', count: 1 },
        { value: 'SCHOOL', count: 1 },
      ],
      municipality: [
        { value: '2580', count: 1 },
        { value: '2584', count: 1 },
      ],
      // under kind=LOCAL_ACTOR only: o2, o3, o4
      region: [
        { value: '25', count: 2 },
        { value: '01', count: 1 },
      ],
      verification: [{ value: 'PENDING', count: 2 }],
    });

    // A selected value with nothing left under the other filters stays, at zero.
    const none = await list(`q=${tag}&kind=HOUSING_COMPANY&actorType=SCHOOL`);
    expect(none.total).toBe(0);
    expect(none.facets.actorType).toContainEqual({ value: 'SCHOOL', count: 0 });
  });

  it('answers any text in q, stop words and operators included', async () => {
    for (const q of ['och', 'i', '!&|:*()', "o'brien <% %", 'å'.repeat(200)]) {
      const response = await new Client(t.app).get(`/api/v1/organisations?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
    }
  });

  it('is the curators’ verification queue with ?verification=PENDING', async () => {
    const { tag, o2, o3 } = await tagged();
    const queue = await list(`q=${tag}&verification=PENDING`);
    expect(queue.items.map((o) => o.id).sort()).toEqual([o2.id, o3.id].sort());
  });

  it('pages with a cursor, alphabetically without q and by relevance with q, each organisation once', async () => {
    const { tag, o1, o2, o3, o4 } = await tagged();
    // Haparanda: no other test in this file uses it.
    const names = ['Öbergs', 'Annas', 'Bertils', 'Ceciliás'].map((n) => `${n} ${tag}`);
    for (const name of names)
      await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR', name, municipalityCode: '2583' });

    const follow = async (query: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: OrganisationList = await list(`${query}&pageSize=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((o) => o.name));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await follow('municipality=2583')).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
    const byRelevance = await follow(`q=${tag}`);
    expect(byRelevance).toHaveLength(8);
    expect(new Set(byRelevance)).toEqual(new Set([...names, o1.name, o2.name, o3.name, o4.name]));

    const wrongOrdering = (await list(`municipality=2583&pageSize=1`)).nextCursor;
    const refused = await curator.client.get(`/api/v1/organisations?q=${tag}&cursor=${wrongOrdering}`);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body).code).toBe('BAD_REQUEST');
  });

  it('lists names in Swedish order, … Z, Å, Ä, Ö, page after page', async () => {
    // Åre: no other test in this file uses it.
    for (const name of ['Örebro', 'Ängelholm', 'Zinkgruvan', 'Åre', 'Arboga'])
      await createOrganisation(t.app.prisma, {
        kind: 'LOCAL_ACTOR',
        name: `${name} ${uniqueSuffix()}`,
        municipalityCode: '2321',
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: OrganisationList = await list(`municipality=2321&pageSize=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((o) => o.name.split(' ')[0] ?? ''));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Arboga', 'Zinkgruvan', 'Åre', 'Ängelholm', 'Örebro']);
    expect((await list('municipality=2321&page=2&pageSize=2')).items.map((o) => o.name.split(' ')[0])).toEqual([
      'Åre',
      'Ängelholm',
    ]);

    // The index that serves this order sorts the same way, or it could not serve it.
    const [index] = await t.app.prisma.$queryRaw<{ collation: string }[]>`
      SELECT c.collname AS collation
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_collation c ON c.oid = x.indcollation[0]
      WHERE i.relname = 'Organisation_name_id_idx'`;
    expect(index?.collation).toBe('sv-SE-x-icu');
  });
});
