import { Challenge, ChallengeList, ErrorEnvelope } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChallenge, createLab, createMembership, createOrganisation } from '../../db/seed/factories';
import { Client, createTestApp, signedInClient, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const errorOf = (body: string) => ErrorEnvelope.parse(JSON.parse(body)).error;

/** A housing company with an owner and a member, a member of another company, and a curator. */
async function cast() {
  const prisma = t.app.prisma;
  const organisation = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
  const other = await createOrganisation(prisma, { kind: 'HOUSING_COMPANY' });
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
  title: 'Fler kvinnor i arbete i Portalen',
  focusArea: 'UNEMPLOYMENT',
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
  municipalityCode: '0581',
  ...extra,
});

describe('POST /api/v1/challenges', () => {
  it('lets members and owners of the housing company post, nobody else', async () => {
    const c = await cast();
    const before = await t.app.prisma.challenge.count({ where: { organisationId: c.organisation.id } });
    expect((await c.anonymous.post('/api/v1/challenges', body(c.organisation.id))).statusCode).toBe(401);
    expect((await c.outsider.post('/api/v1/challenges', body(c.organisation.id))).statusCode).toBe(403);
    expect((await c.curator.post('/api/v1/challenges', body(c.organisation.id))).statusCode).toBe(403);
    expect(await t.app.prisma.challenge.count({ where: { organisationId: c.organisation.id } })).toBe(before);

    const byMember = await c.member.post('/api/v1/challenges', body(c.organisation.id));
    expect(byMember.statusCode).toBe(201);
    const draft = Challenge.parse(byMember.json());
    expect(draft).toMatchObject({ status: 'DRAFT', publishedAt: null, canEdit: true, version: 1 });
    const byOwner = await c.owner.post('/api/v1/challenges', body(c.organisation.id, { status: 'OPEN' }));
    expect(byOwner.statusCode).toBe(201);
    expect(Challenge.parse(byOwner.json()).publishedAt).not.toBeNull();

    // Facet counts count each value once per row, so repeated values are stored once.
    const repeated = await c.member.post(
      '/api/v1/challenges',
      body(c.organisation.id, { targetGroups: ['PARENTS', 'PARENTS'], neededSupportTypes: ['STAFF', 'STAFF'] }),
    );
    expect(Challenge.parse(repeated.json())).toMatchObject({
      targetGroups: ['PARENTS'],
      neededSupportTypes: ['STAFF'],
    });

    const audit = await t.app.prisma.auditLog.findFirst({ where: { entityId: draft.id, action: 'challenge.create' } });
    expect(audit?.organisationId).toBe(c.organisation.id);
  });

  it('refuses organisations that are not housing companies, and labs of other organisations', async () => {
    const actor = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const { client, user } = await signedInClient(t.app);
    await createMembership(t.app.prisma, { organisationId: actor.id, userId: user.id, role: 'OWNER' });
    const response = await client.post('/api/v1/challenges', body(actor.id));
    expect(response.statusCode).toBe(403);
    expect(errorOf(response.body).message).toMatch(/housing compan/);

    const c = await cast();
    const foreignLab = await createLab(t.app.prisma);
    const withLab = await c.owner.post('/api/v1/challenges', body(c.organisation.id, { labId: foreignLab.id }));
    expect(withLab.statusCode).toBe(400);
    expect(errorOf(withLab.body).details?.issues?.[0]?.path).toEqual(['labId']);
    const ownLab = await createLab(t.app.prisma, { organisationId: c.organisation.id });
    const inLab = await c.owner.post('/api/v1/challenges', body(c.organisation.id, { labId: ownLab.id }));
    expect(Challenge.parse(inLab.json()).lab?.id).toBe(ownLab.id);
  });
});

describe('PATCH /api/v1/challenges/:id', () => {
  it('lets members and owners edit; others are refused and nothing changes', async () => {
    const c = await cast();
    const open = await createChallenge(t.app.prisma, { organisationId: c.organisation.id, title: 'Före' });
    const url = `/api/v1/challenges/${open.id}`;
    expect((await c.anonymous.patch(url, { title: 'Anonym', version: 1 })).statusCode).toBe(401);
    expect((await c.outsider.patch(url, { title: 'Utomstående', version: 1 })).statusCode).toBe(403);
    expect((await c.curator.patch(url, { title: 'Kurator', version: 1 })).statusCode).toBe(403);
    expect(await t.app.prisma.challenge.findUnique({ where: { id: open.id } })).toMatchObject({
      title: 'Före',
      version: 1,
    });

    const byMember = await c.member.patch(url, { title: 'Efter medlem', version: 1 });
    expect(byMember.statusCode).toBe(200);
    expect(Challenge.parse(byMember.json())).toMatchObject({ title: 'Efter medlem', version: 2 });
    const byOwner = await c.owner.patch(url, { title: 'Efter ägare', version: 2 });
    expect(Challenge.parse(byOwner.json())).toMatchObject({ title: 'Efter ägare', version: 3 });
    expect(await t.app.prisma.auditLog.count({ where: { entityId: open.id, action: 'challenge.update' } })).toBe(2);
  });

  it('lets an administrator edit any challenge; a lab must still be the organisation’s own', async () => {
    const c = await cast();
    const row = await createChallenge(t.app.prisma, { organisationId: c.organisation.id });
    const admin = (await signedInClient(t.app, { platformRole: 'ADMIN' })).client;
    const url = `/api/v1/challenges/${row.id}`;
    const edited = await admin.patch(url, { title: 'Rättad av administratör', version: 1 });
    expect(Challenge.parse(edited.json())).toMatchObject({ title: 'Rättad av administratör', canEdit: true });
    const foreignLab = await createLab(t.app.prisma);
    const moved = await c.owner.patch(url, { labId: foreignLab.id, version: 2 });
    expect(moved.statusCode).toBe(400);
    expect((await t.app.prisma.challenge.findUniqueOrThrow({ where: { id: row.id } })).labId).toBeNull();
  });

  it('refuses edits of a challenge whose organisation is not a housing company', async () => {
    const actor = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const { client, user } = await signedInClient(t.app);
    await createMembership(t.app.prisma, { organisationId: actor.id, userId: user.id });
    const odd = await createChallenge(t.app.prisma, { organisationId: actor.id });
    const response = await client.patch(`/api/v1/challenges/${odd.id}`, { title: 'Ändrad', version: 1 });
    expect(response.statusCode).toBe(403);
  });

  it('answers 409 VERSION_CONFLICT to a stale version and changes nothing', async () => {
    const c = await cast();
    const row = await createChallenge(t.app.prisma, { organisationId: c.organisation.id, title: 'Original' });
    const url = `/api/v1/challenges/${row.id}`;
    expect((await c.member.patch(url, { title: 'Första', version: 1 })).statusCode).toBe(200);
    const stale = await c.owner.patch(url, { title: 'Andra', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).code).toBe('VERSION_CONFLICT');
    expect(await t.app.prisma.challenge.findUnique({ where: { id: row.id } })).toMatchObject({
      title: 'Första',
      version: 2,
    });
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const c = await cast();
    const row = await createChallenge(t.app.prisma, { organisationId: c.organisation.id });
    const url = `/api/v1/challenges/${row.id}`;
    const answers = await Promise.all([
      c.member.patch(url, { title: 'Medlemmens titel', version: 1 }),
      c.owner.patch(url, { title: 'Ägarens titel', version: 1 }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const stored = await t.app.prisma.challenge.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.version).toBe(2);
    const winner = answers.find((a) => a.statusCode === 200);
    expect(stored.title).toBe(Challenge.parse(winner?.json()).title);
  });

  it('follows the status table: DRAFT→OPEN publishes, CLOSED→OPEN is a 409 naming both', async () => {
    const c = await cast();
    const draft = await createChallenge(t.app.prisma, { organisationId: c.organisation.id, status: 'DRAFT' });
    const url = `/api/v1/challenges/${draft.id}`;
    const skipping = await c.member.patch(url, { status: 'IN_PROGRESS', version: 1 });
    expect(skipping.statusCode).toBe(409);
    expect(errorOf(skipping.body)).toMatchObject({ code: 'CONFLICT', details: { from: 'DRAFT', to: 'IN_PROGRESS' } });

    const opened = Challenge.parse((await c.member.patch(url, { status: 'OPEN', version: 1 })).json());
    expect(opened.publishedAt).not.toBeNull();
    const closed = Challenge.parse((await c.member.patch(url, { status: 'CLOSED', version: 2 })).json());
    expect(closed.status).toBe('CLOSED');
    const reopen = await c.member.patch(url, { status: 'OPEN', version: 3 });
    expect(reopen.statusCode).toBe(409);
    expect(errorOf(reopen.body).message).toMatch(/CLOSED to OPEN/);
    expect(await t.app.prisma.challenge.findUnique({ where: { id: draft.id } })).toMatchObject({
      status: 'CLOSED',
      version: 3,
    });
  });

  it('checks the date range against the stored dates', async () => {
    const c = await cast();
    const row = await createChallenge(t.app.prisma, {
      organisationId: c.organisation.id,
      startsOn: new Date('2027-03-01T00:00:00Z'),
    });
    const response = await c.member.patch(`/api/v1/challenges/${row.id}`, { endsOn: '2027-01-01', version: 1 });
    expect(response.statusCode).toBe(400);
  });
});

describe('unpublish and restore', () => {
  it('are for curators only; the owner sees the reason, the public sees nothing', async () => {
    const c = await cast();
    const row = await createChallenge(t.app.prisma, { organisationId: c.organisation.id });
    const url = `/api/v1/challenges/${row.id}`;
    const reason = { reason: 'Innehåller personuppgifter' };
    expect((await c.anonymous.post(`${url}/unpublish`, reason)).statusCode).toBe(401);
    expect((await c.outsider.post(`${url}/unpublish`, reason)).statusCode).toBe(403);
    expect((await c.member.post(`${url}/unpublish`, reason)).statusCode).toBe(403);
    expect((await c.owner.post(`${url}/unpublish`, reason)).statusCode).toBe(403);
    expect((await c.anonymous.get(url)).statusCode).toBe(200);

    const unpublished = await c.curator.post(`${url}/unpublish`, reason);
    expect(unpublished.statusCode).toBe(200);
    expect(Challenge.parse(unpublished.json())).toMatchObject({ unpublishedReason: reason.reason, version: 2 });
    expect((await c.anonymous.get(url)).statusCode).toBe(404);
    expect((await c.outsider.get(url)).statusCode).toBe(404);
    expect(Challenge.parse((await c.owner.get(url)).json()).unpublishedReason).toBe(reason.reason);

    expect((await c.owner.post(`${url}/restore`)).statusCode).toBe(403);
    expect((await c.anonymous.post(`${url}/restore`)).statusCode).toBe(401);
    const restored = await c.curator.post(`${url}/restore`);
    expect(Challenge.parse(restored.json())).toMatchObject({ unpublishedAt: null, unpublishedReason: null });
    expect((await c.anonymous.get(url)).statusCode).toBe(200);
    const actions = await t.app.prisma.auditLog.findMany({ where: { entityId: row.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(['challenge.restore', 'challenge.unpublish']);
  });
});

describe('drafts and unpublished challenges', () => {
  it('never leak through list, detail, search or facets to outsiders', async () => {
    const c = await cast();
    const marker = `dolt${Math.random().toString(36).slice(2, 8)}`;
    const visible = await createChallenge(t.app.prisma, {
      organisationId: c.organisation.id,
      title: `Synlig ${marker}`,
      focusArea: 'SCHOOLS',
    });
    const draft = await createChallenge(t.app.prisma, {
      organisationId: c.organisation.id,
      title: `Utkast ${marker}`,
      status: 'DRAFT',
      focusArea: 'CRIME',
    });
    const hidden = await createChallenge(t.app.prisma, {
      organisationId: c.organisation.id,
      title: `Avpublicerad ${marker}`,
      focusArea: 'CRIME',
      unpublishedAt: new Date(),
      unpublishedReason: 'Test',
    });
    const list = async (client: Client, query: string) =>
      ChallengeList.parse((await client.get(`/api/v1/challenges?organisation=${c.organisation.id}${query}`)).json());

    for (const outsider of [c.anonymous, c.outsider]) {
      for (const query of ['', `&q=${marker}`, '&focusArea=CRIME', '&status=DRAFT']) {
        const result = await list(outsider, query);
        expect(result.items.map((i) => i.id)).not.toContain(draft.id);
        expect(result.items.map((i) => i.id)).not.toContain(hidden.id);
      }
      const all = await list(outsider, `&q=${marker}`);
      expect(all.total).toBe(1);
      expect(all.items.map((i) => i.id)).toEqual([visible.id]);
      expect(all.facets.focusArea).toEqual([{ value: 'SCHOOLS', count: 1 }]);
      expect(all.facets.status).toEqual([{ value: 'OPEN', count: 1 }]);
      expect((await outsider.get(`/api/v1/challenges/${draft.id}`)).statusCode).toBe(404);
      expect((await outsider.get(`/api/v1/challenges/${hidden.id}`)).statusCode).toBe(404);
      expect((await outsider.patch(`/api/v1/challenges/${draft.id}`, { title: 'x y z', version: 1 })).statusCode).toBe(
        outsider === c.anonymous ? 401 : 404,
      );
    }

    for (const insider of [c.member, c.curator]) {
      const all = await list(insider, `&q=${marker}`);
      expect(all.total).toBe(3);
      expect(all.facets.focusArea).toEqual([
        { value: 'CRIME', count: 2 },
        { value: 'SCHOOLS', count: 1 },
      ]);
      expect(all.facets.status).toEqual([
        { value: 'OPEN', count: 2 },
        { value: 'DRAFT', count: 1 },
      ]);
      expect((await insider.get(`/api/v1/challenges/${draft.id}`)).statusCode).toBe(200);
    }
    expect(Challenge.parse((await c.curator.get(`/api/v1/challenges/${draft.id}`)).json()).canEdit).toBe(false);
  });

  it('answers 404 for an unknown id and 400 for a garbled cursor', async () => {
    const anonymous = new Client(t.app);
    expect((await anonymous.get('/api/v1/challenges/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const garbled = await anonymous.get('/api/v1/challenges?cursor=bm9wZQ');
    expect(garbled.statusCode).toBe(400);
    expect(errorOf(garbled.body).code).toBe('BAD_REQUEST');
  });
});
