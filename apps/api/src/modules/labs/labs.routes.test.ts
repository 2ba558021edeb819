import { Lab, LabList } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { createChallenge, createLab, createOrganisation, uniqueSuffix } from '../../db/seed/factories';
import { errorOf, organisationCast, useTestApp, type Client } from '../../test/app';

const t = useTestApp();

/** A housing company with a signed-in owner and member, plus outsiders of every kind. */
async function cast() {
  const c = await organisationCast(t.app, 'HOUSING_COMPANY');
  return {
    company: c.organisation,
    otherCompany: c.other,
    owner: { client: c.owner, user: c.users.owner },
    member: { client: c.member, user: c.users.member },
    outsider: { client: c.outsider, user: c.users.outsider },
    curator: { client: c.curator, user: c.users.curator },
    anonymous: c.anonymous,
  };
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
});
