import { ErrorEnvelope, Lab, LabList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createLab,
  createMembership,
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

/** A housing company with a signed-in owner and member, plus outsiders of every kind. */
async function cast() {
  const company = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
  const owner = await signedInClient(t.app);
  const member = await signedInClient(t.app);
  await createMembership(t.app.prisma, { userId: owner.user.id, organisationId: company.id, role: 'OWNER' });
  await createMembership(t.app.prisma, { userId: member.user.id, organisationId: company.id, role: 'MEMBER' });
  const otherCompany = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
  const outsider = await signedInClient(t.app);
  await createMembership(t.app.prisma, { userId: outsider.user.id, organisationId: otherCompany.id, role: 'OWNER' });
  const curator = await signedInClient(t.app, { platformRole: 'CURATOR' });
  return { company, owner, member, otherCompany, outsider, curator, anonymous: new Client(t.app) };
}

function labBody(organisationId: string, extra: Record<string, unknown> = {}) {
  return {
    organisationId,
    name: `Labbet ${uniqueSuffix()}`,
    neighbourhood: 'Portalen',
    municipalityCode: '0581',
    focusAreas: ['UNEMPLOYMENT'],
    ...extra,
  };
}

describe('GET /api/v1/labs', () => {
  it('lists labs publicly with their housing company, filtered by focus area and status', async () => {
    const company = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
    const crime = await createLab(t.app.prisma, {
      organisationId: company.id,
      focusAreas: ['CRIME', 'SCHOOLS'],
      status: 'ACTIVE',
    });
    const jobs = await createLab(t.app.prisma, {
      organisationId: company.id,
      focusAreas: ['UNEMPLOYMENT'],
      status: 'COMPLETED',
    });
    const hidden = await createLab(t.app.prisma, {
      organisationId: company.id,
      focusAreas: ['CRIME'],
      unpublishedAt: new Date(),
      unpublishedReason: 'Dubblett',
    });

    const all = LabList.parse((await t.app.inject({ url: '/api/v1/labs?pageSize=100' })).json());
    const ids = all.items.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining([crime.id, jobs.id]));
    expect(ids).not.toContain(hidden.id);
    expect(all.items.find((l) => l.id === crime.id)?.organisation).toMatchObject({
      id: company.id,
      kind: 'HOUSING_COMPANY',
    });

    const byArea = LabList.parse((await t.app.inject({ url: '/api/v1/labs?focusArea=CRIME&pageSize=100' })).json());
    expect(byArea.items.map((l) => l.id)).toContain(crime.id);
    expect(byArea.items.map((l) => l.id)).not.toContain(jobs.id);

    const several = LabList.parse(
      (await t.app.inject({ url: '/api/v1/labs?focusArea=CRIME&focusArea=UNEMPLOYMENT&status=COMPLETED' })).json(),
    );
    expect(several.items.map((l) => l.id)).toEqual([jobs.id]);
    expect(several.total).toBe(1);
  });

  it('counts facets under the other filters, against a hand-computed expectation', async () => {
    const { company, member } = await cast();
    const lab = (
      focusAreas: ('UNEMPLOYMENT' | 'SCHOOLS' | 'CRIME')[],
      status: 'PLANNING' | 'ACTIVE' | 'COMPLETED',
      municipalityCode: string,
      hidden = false,
    ) =>
      createLab(t.app.prisma, {
        organisationId: company.id,
        focusAreas,
        status,
        municipalityCode,
        ...(hidden ? { unpublishedAt: new Date(), unpublishedReason: 'Fel uppgifter' } : {}),
      });
    // Kiruna and Luleå (county 25) are used by no other test in this file.
    const l1 = await lab(['UNEMPLOYMENT', 'SCHOOLS'], 'ACTIVE', '2584');
    await lab(['SCHOOLS'], 'PLANNING', '2584');
    await lab(['CRIME'], 'ACTIVE', '2580');
    await lab(['UNEMPLOYMENT'], 'COMPLETED', '2580', true);

    const all = LabList.parse((await t.app.inject({ url: `/api/v1/labs?organisation=${company.id}` })).json());
    expect(all.total).toBe(3);
    expect(all.facets).toEqual({
      focusArea: [
        { value: 'SCHOOLS', count: 2 },
        { value: 'CRIME', count: 1 },
        { value: 'UNEMPLOYMENT', count: 1 },
      ],
      status: [
        { value: 'ACTIVE', count: 2 },
        { value: 'PLANNING', count: 1 },
      ],
      municipality: [
        { value: '2584', count: 2 },
        { value: '2580', count: 1 },
      ],
      region: [{ value: '25', count: 3 }],
    });

    const narrowed = LabList.parse(
      (await t.app.inject({ url: `/api/v1/labs?organisation=${company.id}&focusArea=SCHOOLS&status=ACTIVE` })).json(),
    );
    expect(narrowed.items.map((l) => l.id)).toEqual([l1.id]);
    expect(narrowed.total).toBe(1);
    expect(narrowed.facets).toEqual({
      // under status=ACTIVE: l1 and the crime lab
      focusArea: [
        { value: 'CRIME', count: 1 },
        { value: 'SCHOOLS', count: 1 },
        { value: 'UNEMPLOYMENT', count: 1 },
      ],
      // under focusArea=SCHOOLS: l1 and the planning lab
      status: [
        { value: 'ACTIVE', count: 1 },
        { value: 'PLANNING', count: 1 },
      ],
      municipality: [{ value: '2584', count: 1 }],
      region: [{ value: '25', count: 1 }],
    });

    // The unique municipality alone, without the organisation condition.
    const kiruna = LabList.parse((await t.app.inject({ url: '/api/v1/labs?municipality=2584' })).json());
    expect(kiruna.total).toBe(2);
    expect(kiruna.facets.status).toEqual([
      { value: 'ACTIVE', count: 1 },
      { value: 'PLANNING', count: 1 },
    ]);

    // Members see their organisation's unpublished lab, in the items and in the counts.
    const mine = LabList.parse((await member.client.get(`/api/v1/labs?organisation=${company.id}`)).json());
    expect(mine.total).toBe(4);
    expect(mine.facets.status).toContainEqual({ value: 'COMPLETED', count: 1 });
  });

  it('searches name, neighbourhood, summary and description with Swedish stemming, best match first', async () => {
    const company = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
    const inName = await createLab(t.app.prisma, {
      organisationId: company.id,
      name: 'Kvinnor i arbete',
      neighbourhood: 'Hageby',
      focusAreas: ['UNEMPLOYMENT'],
    });
    const inDescription = await createLab(t.app.prisma, {
      organisationId: company.id,
      name: 'Labb',
      neighbourhood: 'Navestad',
      description: 'Vi arbetar mot arbetslöshet bland kvinnor i området.',
      focusAreas: ['UNEMPLOYMENT'],
    });
    await createLab(t.app.prisma, {
      organisationId: company.id,
      name: 'Skolan',
      neighbourhood: 'Ringdansen',
      focusAreas: ['SCHOOLS'],
    });
    const search = async (q: string) =>
      LabList.parse(
        (await t.app.inject({ url: `/api/v1/labs?organisation=${company.id}&q=${encodeURIComponent(q)}` })).json(),
      );

    expect((await search('kvinnor')).items.map((l) => l.id)).toEqual([inName.id, inDescription.id]);
    // The word's stem in the text first, then the lab whose focus area is unemployment.
    expect((await search('arbetslösa')).items.map((l) => l.id)).toEqual([inDescription.id, inName.id]);
    expect((await search('Ringdansen')).total).toBe(1);
  });

  it('answers any text in q, stop words and operators included', async () => {
    for (const q of ['och', '!&|:*()', "o'brien", 'å'.repeat(200)]) {
      const response = await t.app.inject({ url: `/api/v1/labs?q=${encodeURIComponent(q)}` });
      expect(response.statusCode, q).toBe(200);
    }
  });

  it('pages deep with a cursor, each lab once', async () => {
    const company = await createOrganisation(t.app.prisma, { kind: 'HOUSING_COMPANY' });
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await createLab(t.app.prisma, { organisationId: company.id })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/labs?organisation=${company.id}&pageSize=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = LabList.parse((await t.app.inject({ url })).json());
      expect(page.total).toBe(5);
      seen.push(...page.items.map((l) => l.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(created));

    const garbled = await t.app.inject({ url: '/api/v1/labs?cursor=bm90LWEtY3Vyc29y' });
    expect(garbled.statusCode).toBe(400);
  });
});

describe('POST /api/v1/labs', () => {
  it('refuses anonymous users, members of other organisations, curators and local actors, creating nothing', async () => {
    const { company, outsider, curator, anonymous } = await cast();
    const actor = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const actorMember = await signedInClient(t.app);
    await createMembership(t.app.prisma, { userId: actorMember.user.id, organisationId: actor.id, role: 'OWNER' });

    const attempts = [
      { client: anonymous, body: labBody(company.id), status: 401 },
      { client: outsider.client, body: labBody(company.id), status: 403 },
      { client: curator.client, body: labBody(company.id), status: 403 },
      // a local actor's member, for their own organisation: wrong kind
      { client: actorMember.client, body: labBody(actor.id), status: 403 },
    ];
    for (const { client, body, status } of attempts) {
      const response = await client.post('/api/v1/labs', body);
      expect(response.statusCode, response.body).toBe(status);
      expect(await t.app.prisma.lab.count({ where: { name: body.name } })).toBe(0);
    }
    const wrongKind = await actorMember.client.post('/api/v1/labs', labBody(actor.id));
    expect(errorOf(wrongKind.body).message).toMatch(/housing compan/i);
  });

  it('lets a member and an owner create labs with partners, audited', async () => {
    const { company, owner, member } = await cast();
    const partner = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const response = await member.client.post(
      '/api/v1/labs',
      labBody(company.id, {
        summary: 'Arbete åt fler',
        processLeaderName: 'Lina Processledare',
        partners: [{ organisationId: partner.id, role: 'Studiecirklar' }],
        startsOn: '2026-01-01',
        endsOn: '2027-12-31',
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const lab = Lab.parse(response.json());
    expect(lab).toMatchObject({
      status: 'PLANNING',
      processLeaderName: 'Lina Processledare',
      partners: [{ organisation: { id: partner.id }, role: 'Studiecirklar' }],
      organisation: { id: company.id },
      startsOn: '2026-01-01',
      version: 1,
      canEdit: true,
      unpublishedAt: null,
    });
    expect(await t.app.prisma.auditLog.count({ where: { entityId: lab.id, action: 'lab.create' } })).toBe(1);

    expect((await owner.client.post('/api/v1/labs', labBody(company.id))).statusCode).toBe(201);
  });

  it('refuses partners that are the owner itself, unknown or repeated', async () => {
    const { company, member } = await cast();
    const partner = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const cases = [
      [{ organisationId: company.id }],
      [{ organisationId: '00000000-0000-4000-8000-000000000000' }],
      [{ organisationId: partner.id }, { organisationId: partner.id }],
    ];
    for (const partners of cases) {
      const body = labBody(company.id, { partners });
      const response = await member.client.post('/api/v1/labs', body);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response.body).details?.issues?.[0]?.path[0]).toBe('partners');
      expect(await t.app.prisma.lab.count({ where: { name: body.name } })).toBe(0);
    }
  });
});

describe('GET /api/v1/labs/:id', () => {
  it('shows partners, process leader and only the challenges the reader may see', async () => {
    const { company, member, outsider, curator, anonymous } = await cast();
    const partner = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const lab = await createLab(t.app.prisma, {
      organisationId: company.id,
      processLeaderName: 'Per Ledare',
      partners: { create: [{ organisationId: partner.id, role: 'Läxhjälp' }] },
    });
    const open = await createChallenge(t.app.prisma, { labId: lab.id, status: 'OPEN' });
    const draft = await createChallenge(t.app.prisma, { labId: lab.id, status: 'DRAFT' });
    const unpublished = await createChallenge(t.app.prisma, {
      labId: lab.id,
      status: 'OPEN',
      unpublishedAt: new Date(),
      unpublishedReason: 'Personuppgifter',
    });

    const challengesFor = async (client: Client) => {
      const response = await client.get(`/api/v1/labs/${lab.id}`);
      expect(response.statusCode).toBe(200);
      return Lab.parse(response.json());
    };
    for (const client of [anonymous, outsider.client]) {
      const seen = await challengesFor(client);
      expect(seen.challenges.map((c) => c.id)).toEqual([open.id]);
      expect(seen.canEdit).toBe(false);
    }
    const asMember = await challengesFor(member.client);
    expect(new Set(asMember.challenges.map((c) => c.id))).toEqual(new Set([open.id, draft.id, unpublished.id]));
    expect(asMember).toMatchObject({
      canEdit: true,
      processLeaderName: 'Per Ledare',
      partners: [{ organisation: { id: partner.id, kind: 'LOCAL_ACTOR' }, role: 'Läxhjälp' }],
    });
    const asCurator = await challengesFor(curator.client);
    expect(asCurator.challenges).toHaveLength(3);
    expect(asCurator.canEdit).toBe(false);
    expect(asMember.challenges.find((c) => c.id === open.id)?.lab).toMatchObject({ id: lab.id });
  });

  it('hides an unpublished lab from everyone but its organisation and curators (404)', async () => {
    const { company, member, outsider, curator, anonymous } = await cast();
    const lab = await createLab(t.app.prisma, {
      organisationId: company.id,
      unpublishedAt: new Date(),
      unpublishedReason: 'Fel kommun',
    });
    expect((await anonymous.get(`/api/v1/labs/${lab.id}`)).statusCode).toBe(404);
    expect((await outsider.client.get(`/api/v1/labs/${lab.id}`)).statusCode).toBe(404);
    expect(Lab.parse((await member.client.get(`/api/v1/labs/${lab.id}`)).json()).unpublishedReason).toBe('Fel kommun');
    expect((await curator.client.get(`/api/v1/labs/${lab.id}`)).statusCode).toBe(200);
    expect((await anonymous.get('/api/v1/labs/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('PATCH /api/v1/labs/:id', () => {
  it('lets members and owners edit; refuses anonymous users, outsiders and curators, changing nothing', async () => {
    const { company, owner, member, outsider, curator, anonymous } = await cast();
    const lab = await createLab(t.app.prisma, { organisationId: company.id, status: 'PLANNING' });
    const url = `/api/v1/labs/${lab.id}`;
    for (const [client, status] of [
      [anonymous, 401],
      [outsider.client, 403],
      [curator.client, 403],
    ] as const) {
      const response = await client.patch(url, { name: 'Kapat namn', version: 1 });
      expect(response.statusCode).toBe(status);
    }
    expect(await t.app.prisma.lab.findUniqueOrThrow({ where: { id: lab.id } })).toMatchObject({
      name: lab.name,
      version: 1,
    });

    const byMember = await member.client.patch(url, { name: 'Nya namnet', status: 'ACTIVE', version: 1 });
    expect(byMember.statusCode, byMember.body).toBe(200);
    expect(Lab.parse(byMember.json())).toMatchObject({ name: 'Nya namnet', status: 'ACTIVE', version: 2 });
    const byOwner = await owner.client.patch(url, { summary: 'Ägaren skrev', version: 2 });
    expect(Lab.parse(byOwner.json())).toMatchObject({ name: 'Nya namnet', summary: 'Ägaren skrev', version: 3 });

    const audit = await t.app.prisma.auditLog.findMany({ where: { entityId: lab.id, action: 'lab.update' } });
    expect(audit).toHaveLength(2);
    expect(audit.find((a) => a.actorId === member.user.id)?.data).toMatchObject({ from: 'PLANNING', to: 'ACTIVE' });
  });

  it('follows the status table (409 naming from and to)', async () => {
    const { company, member } = await cast();
    const lab = await createLab(t.app.prisma, { organisationId: company.id, status: 'ACTIVE' });
    const back = await member.client.patch(`/api/v1/labs/${lab.id}`, { status: 'PLANNING', version: 1 });
    expect(back.statusCode).toBe(409);
    expect(errorOf(back.body)).toMatchObject({ code: 'CONFLICT', details: { from: 'ACTIVE', to: 'PLANNING' } });
    const done = await member.client.patch(`/api/v1/labs/${lab.id}`, { status: 'COMPLETED', version: 1 });
    expect(done.statusCode).toBe(200);
    const again = await member.client.patch(`/api/v1/labs/${lab.id}`, { status: 'ACTIVE', version: 2 });
    expect(again.statusCode).toBe(409);
    expect((await t.app.prisma.lab.findUniqueOrThrow({ where: { id: lab.id } })).status).toBe('COMPLETED');
  });

  it('replaces the partners and checks the dates against what is stored', async () => {
    const { company, member } = await cast();
    const [a, b] = [
      await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' }),
      await createOrganisation(t.app.prisma, { kind: 'NATIONAL' }),
    ];
    const lab = await createLab(t.app.prisma, {
      organisationId: company.id,
      startsOn: new Date('2026-03-01'),
      partners: { create: [{ organisationId: a.id, role: 'Förening' }] },
    });
    const replaced = await member.client.patch(`/api/v1/labs/${lab.id}`, {
      partners: [{ organisationId: b.id, role: 'Stöd' }],
      version: 1,
    });
    expect(Lab.parse(replaced.json()).partners).toEqual([
      { organisation: expect.objectContaining({ id: b.id }), role: 'Stöd' },
    ]);
    const backwards = await member.client.patch(`/api/v1/labs/${lab.id}`, { endsOn: '2026-01-01', version: 2 });
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards.body).details?.issues?.[0]?.path).toEqual(['endsOn']);
  });

  it('refuses a stale version (409 VERSION_CONFLICT) and lets only one of two concurrent edits win', async () => {
    const { company, member, owner } = await cast();
    const lab = await createLab(t.app.prisma, { organisationId: company.id });
    const url = `/api/v1/labs/${lab.id}`;
    expect((await member.client.patch(url, { summary: 'Först', version: 1 })).statusCode).toBe(200);
    const stale = await owner.client.patch(url, { summary: 'Gammal', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).code).toBe('VERSION_CONFLICT');
    expect(await t.app.prisma.lab.findUniqueOrThrow({ where: { id: lab.id } })).toMatchObject({
      summary: 'Först',
      version: 2,
    });

    const results = await Promise.all([
      member.client.patch(url, { summary: 'Medlemmen', version: 2 }),
      owner.client.patch(url, { summary: 'Ägaren', version: 2 }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const after = await t.app.prisma.lab.findUniqueOrThrow({ where: { id: lab.id } });
    expect(after.version).toBe(3);
    expect(after.summary).toBe(results[0]?.statusCode === 200 ? 'Medlemmen' : 'Ägaren');
  });
});

describe('unpublishing and restoring a lab', () => {
  it('is for curators only; the lab leaves the public pages and comes back, audited', async () => {
    const { company, owner, member, outsider, curator, anonymous } = await cast();
    const lab = await createLab(t.app.prisma, { organisationId: company.id });
    const unpublish = `/api/v1/labs/${lab.id}/unpublish`;
    for (const [client, status] of [
      [anonymous, 401],
      [outsider.client, 403],
      [member.client, 403],
      [owner.client, 403],
    ] as const) {
      expect((await client.post(unpublish, { reason: 'Felaktiga uppgifter' })).statusCode).toBe(status);
    }
    expect((await t.app.prisma.lab.findUniqueOrThrow({ where: { id: lab.id } })).unpublishedAt).toBeNull();

    const done = await curator.client.post(unpublish, { reason: 'Felaktiga uppgifter' });
    expect(done.statusCode, done.body).toBe(200);
    expect(Lab.parse(done.json())).toMatchObject({ unpublishedReason: 'Felaktiga uppgifter', version: 2 });
    expect((await anonymous.get(`/api/v1/labs/${lab.id}`)).statusCode).toBe(404);
    const publicList = LabList.parse((await anonymous.get(`/api/v1/labs?organisation=${company.id}`)).json());
    expect(publicList.total).toBe(0);
    expect((await curator.client.post(unpublish, { reason: 'Igen' })).statusCode).toBe(409);

    const restore = `/api/v1/labs/${lab.id}/restore`;
    expect((await member.client.post(restore, { reason: 'Rättat' })).statusCode).toBe(403);
    expect((await anonymous.post(restore, { reason: 'Rättat' })).statusCode).toBe(401);
    const restored = await curator.client.post(restore, { reason: 'Rättat av bolaget' });
    expect(Lab.parse(restored.json())).toMatchObject({ unpublishedAt: null, unpublishedReason: null });
    expect((await anonymous.get(`/api/v1/labs/${lab.id}`)).statusCode).toBe(200);
    expect((await curator.client.post(restore, { reason: 'Igen' })).statusCode).toBe(409);

    const audit = await t.app.prisma.auditLog.findMany({
      where: { entityId: lab.id },
      orderBy: { id: 'asc' },
      select: { action: true, actorId: true, data: true },
    });
    expect(audit).toEqual([
      { action: 'lab.unpublish', actorId: curator.user.id, data: { reason: 'Felaktiga uppgifter' } },
      { action: 'lab.restore', actorId: curator.user.id, data: { reason: 'Rättat av bolaget' } },
    ]);
  });
});
