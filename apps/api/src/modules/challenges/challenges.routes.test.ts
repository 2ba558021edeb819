import { Challenge, ChallengeList } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { createChallenge, createLab, createMembership, createOrganisation } from '../../db/seed/factories';
import { Client, errorOf, organisationCast, signedInClient, useTestApp } from '../../test/app';

const t = useTestApp();

/** A housing company with an owner and a member, an owner of another company, and a curator. */
const cast = () => organisationCast(t.app, 'HOUSING_COMPANY');

const body = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  organisationId,
  title: 'Fler kvinnor i arbete i Portalen',
  focusArea: 'UNEMPLOYMENT',
  targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
  municipalityCode: '0581',
  ...extra,
});

describe('POST /api/v1/challenges', () => {
  it('posts a draft unless told OPEN, which publishes it', async () => {
    const c = await cast();
    const byMember = await c.member.post('/api/v1/challenges', body(c.organisation.id));
    const draft = Challenge.parse(byMember.json());
    expect(draft).toMatchObject({ status: 'DRAFT', publishedAt: null });
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

  it('refuses labs of other organisations', async () => {
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

  it('publishes on the first step out of DRAFT; a closed challenge does not reopen', async () => {
    const c = await cast();
    const draft = await createChallenge(t.app.prisma, { organisationId: c.organisation.id, status: 'DRAFT' });
    const url = `/api/v1/challenges/${draft.id}`;
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
