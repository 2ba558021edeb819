import { Challenge, IndicatorList, Lab, Match, Method, MethodList, SuggestionList } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import {
  createChallenge,
  createIndicator,
  createLab,
  createMatch,
  createMeasurement,
  createMethod,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { errorOf, organisationCast, useTestApp, type Client } from '../../test/app';

const t = useTestApp();
const db = () => t.app.prisma;

const methodBody = (extra: Record<string, unknown> = {}) => ({
  name: 'Grannskapsvandring',
  purpose: 'Att boende och bostadsbolaget tillsammans ser vad området behöver.',
  steps: [{ title: 'Bjud in', body: 'Bjud in boende i alla trappuppgångar.' }],
  focusAreas: ['SERVICES'],
  targetGroups: ['ALL_RESIDENTS'],
  needs: { time: 'Två timmar', roles: 'En processledare', premises: 'Ingen', cost: 'Låg' },
  perspectives: ['genus'],
  ...extra,
});

const put = (client: Client, url: string, payload: unknown) =>
  client.request({ method: 'PUT', url, payload: payload as object });

async function readMethod(client: Client, slug: string) {
  const response = await client.get(`/api/v1/methods/${slug}`);
  expect(response.statusCode, response.body).toBe(200);
  return Method.parse(response.json());
}

describe('writing the methods library', () => {
  it('is for curators: others are refused, bad input is 400, a stale version 409, and unpublishing hides it', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    expect((await c.anonymous.post('/api/v1/methods', methodBody())).statusCode).toBe(401);
    expect((await c.owner.post('/api/v1/methods', methodBody())).statusCode).toBe(403);
    const noSteps = await c.curator.post('/api/v1/methods', methodBody({ steps: [] }));
    expect(noSteps.statusCode).toBe(400);
    expect(errorOf(noSteps.body).details?.issues?.[0]?.path).toEqual(['steps']);
    const before = await db().method.count();

    const created = await c.curator.post('/api/v1/methods', methodBody());
    expect(created.statusCode, created.body).toBe(201);
    const method = Method.parse(created.json());
    expect(method).toMatchObject({
      slug: 'grannskapsvandring',
      needs: { time: 'Två timmar' },
      evidenceLevel: 'DESCRIBED',
      canEdit: true,
    });
    expect(await db().method.count()).toBe(before + 1);
    expect((await readMethod(c.anonymous, method.slug)).canEdit).toBe(false);

    const url = `/api/v1/methods/${method.id}`;
    expect((await c.member.patch(url, { version: 1, name: 'Annat namn' })).statusCode).toBe(403);
    const edited = await c.curator.patch(url, {
      version: 1,
      pitfalls: 'Att gå för fort.',
      needs: { ...methodBody().needs, cost: 'Ingen' },
    });
    expect(Method.parse(edited.json())).toMatchObject({
      version: 2,
      pitfalls: 'Att gå för fort.',
      needs: { cost: 'Ingen' },
    });
    const stale = await c.curator.patch(url, { version: 1, name: 'Sent namn' });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body)).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
    expect((await readMethod(c.anonymous, method.slug)).name).toBe('Grannskapsvandring');

    expect((await c.curator.post(`${url}/unpublish`, { version: 2 })).statusCode).toBe(400);
    const unpublished = await c.curator.post(`${url}/unpublish`, { version: 2, reason: 'Dubblett av dialogmöte' });
    expect(Method.parse(unpublished.json()).unpublishedReason).toBe('Dubblett av dialogmöte');
    expect((await c.anonymous.get(`/api/v1/methods/${method.slug}`)).statusCode).toBe(404);
    const list = MethodList.parse((await c.anonymous.get('/api/v1/methods')).json());
    expect(list.items.map((m) => m.id)).not.toContain(method.id);
  });

  it('lets curators keep suggested indicators on a method, which are never measured themselves', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const method = await createMethod(db());
    const url = `/api/v1/methods/${method.id}/indicators`;
    const template = { name: 'Deltagare som fortsätter', kind: 'SHARE_OF_GROUP', source: 'ATTENDANCE' };
    expect((await c.owner.post(url, template)).statusCode).toBe(403);
    const added = await c.curator.post(url, template);
    expect(added.statusCode, added.body).toBe(201);
    const indicatorId = (added.json() as { id: string }).id;
    const edited = await c.curator.patch(`/api/v1/indicators/${indicatorId}`, {
      version: 1,
      howMeasured: 'Närvarolista',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const reading = await c.curator.post(`/api/v1/indicators/${indicatorId}/measurements`, {
      measuredOn: '2026-01-10',
      count: 10,
      groupSize: 20,
    });
    expect(reading.statusCode).toBe(409);

    const found = await readMethod(c.anonymous, method.slug);
    expect(found.indicatorTemplates).toMatchObject([{ name: 'Deltagare som fortsätter', howMeasured: 'Närvarolista' }]);
    expect(IndicatorList.parse((await c.anonymous.get(url)).json()).items).toHaveLength(1);
    // A template is not the method's evidence.
    expect(found.evidenceLevel).toBe('DESCRIBED');
  });
});

describe('naming methods', () => {
  it('challenges, labs and matches name published methods and answer them as links', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const method = await createMethod(db());
    const draft = await createMethod(db(), { status: 'DRAFT' });
    const lab = await createLab(db(), { organisationId: c.organisation.id });

    const unknown = await c.owner.post('/api/v1/challenges', {
      organisationId: c.organisation.id,
      title: 'Fler i arbete',
      focusArea: 'UNEMPLOYMENT',
      targetGroups: ['PARENTS'],
      municipalityCode: '0180',
      methodIds: [method.id, draft.id],
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown.body).details?.issues?.[0]?.path).toEqual(['methodIds', 1]);
    expect(await db().challenge.count({ where: { organisationId: c.organisation.id } })).toBe(0);

    const created = await c.owner.post('/api/v1/challenges', {
      organisationId: c.organisation.id,
      title: 'Fler i arbete',
      focusArea: 'UNEMPLOYMENT',
      targetGroups: ['PARENTS'],
      municipalityCode: '0180',
      methodIds: [method.id],
    });
    const challenge = Challenge.parse(created.json());
    expect(challenge.methods).toEqual([{ id: method.id, slug: method.slug, name: method.name, startedFrom: false }]);
    const cleared = await c.owner.patch(`/api/v1/challenges/${challenge.id}`, { version: 1, methodIds: [] });
    expect(Challenge.parse(cleared.json()).methods).toEqual([]);

    const labEdit = await c.owner.patch(`/api/v1/labs/${lab.id}`, { version: lab.version, methodIds: [method.id] });
    expect(Lab.parse(labEdit.json()).methods.map((m) => m.slug)).toEqual([method.slug]);

    const actor = await organisationCast(t.app, 'LOCAL_ACTOR');
    const match = await createMatch(db(), {
      challengeId: (await createChallenge(db(), { organisationId: c.organisation.id })).id,
      offeringId: (await createOffering(db(), { organisationId: actor.organisation.id })).id,
      state: 'ACTIVE',
    });
    const url = `/api/v1/matches/${match.id}/methods`;
    expect((await put(c.outsider, url, { methodIds: [method.id] })).statusCode).toBe(404);
    expect((await put(actor.owner, url, { methodIds: [method.id, method.id] })).statusCode).toBe(400);
    const named = await put(actor.owner, url, { methodIds: [method.id] });
    expect(named.statusCode, named.body).toBe(200);
    expect(Match.parse(named.json()).methods.map((m) => m.id)).toEqual([method.id]);
    const seen = Match.parse((await c.member.get(`/api/v1/matches/${match.id}`)).json());
    expect(seen).toMatchObject({ methods: [{ slug: method.slug }], canNameMethods: true });
  });
});

/** A match between a new company in `municipalityCode` and a new actor, with a reading when `measured`. */
async function collaboration(state: 'COMPLETED' | 'ACTIVE', measured: boolean, municipalityCode = '1480') {
  const challenge = await createChallenge(db(), { municipalityCode });
  const match = await createMatch(db(), {
    challengeId: challenge.id,
    offeringId: (await createOffering(db())).id,
    state,
  });
  if (measured) {
    const indicator = await createIndicator(db(), { matchId: match.id, kind: 'SHARE_OF_GROUP' });
    await createMeasurement(db(), { indicatorId: indicator.id, count: 15, groupSize: 22 });
  }
  return match;
}

describe('method cases', () => {
  it('are drawn from confirmed, measured matches only, show on the method page and raise its evidence', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const method = await createMethod(db());
    // Used with results in one town already.
    const lab = await createLab(db(), { municipalityCode: '0581' });
    await db().labMethod.create({ data: { labId: lab.id, methodId: method.id } });
    const labIndicator = await createIndicator(db(), { labId: lab.id, kind: 'COUNT', countsPeople: false });
    await createMeasurement(db(), { indicatorId: labIndicator.id, value: 100 });
    expect((await readMethod(c.anonymous, method.slug)).evidenceLevel).toBe('TRIED');

    const url = `/api/v1/methods/${method.id}/cases`;
    const summary = 'Femton av tjugotvå kvinnor fick arbete, praktik eller studier.';
    const running = await collaboration('ACTIVE', true);
    const unmeasured = await collaboration('COMPLETED', false);
    const good = await collaboration('COMPLETED', true);
    expect((await c.owner.post(url, { matchId: good.id, summary })).statusCode).toBe(403);
    expect((await c.curator.post(url, { matchId: running.id, summary })).statusCode).toBe(409);
    expect((await c.curator.post(url, { matchId: unmeasured.id, summary })).statusCode).toBe(409);
    expect(await db().methodCase.count({ where: { methodId: method.id } })).toBe(0);

    const added = await c.curator.post(url, { matchId: good.id, summary });
    expect(added.statusCode, added.body).toBe(201);
    expect((await c.curator.post(url, { matchId: good.id, summary })).statusCode).toBe(409);
    const found = await readMethod(c.anonymous, method.slug);
    expect(found.cases).toMatchObject([{ matchId: good.id, summary, municipalityCode: '1480' }]);
    expect(found).toMatchObject({ evidenceLevel: 'TRIED_WITH_RESULTS', places: 2 });
  });

  it('can start a new method, whose evidence is the match it came from', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const good = await collaboration('COMPLETED', true);
    const unmeasured = await collaboration('COMPLETED', false);
    const summary = 'Nio av tio följda nyanlända fick arbete eller började studera.';
    const refused = await c.curator.post(
      '/api/v1/methods',
      methodBody({ name: 'Följ en nyanländ', fromCase: { matchId: unmeasured.id, summary } }),
    );
    expect(refused.statusCode).toBe(409);
    expect(await db().method.count({ where: { name: 'Följ en nyanländ' } })).toBe(0);
    const created = await c.curator.post(
      '/api/v1/methods',
      methodBody({ name: 'Följ en nyanländ', fromCase: { matchId: good.id, summary } }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(Method.parse(created.json())).toMatchObject({
      evidenceLevel: 'TRIED',
      places: 1,
      cases: [{ matchId: good.id }],
      uses: [{ kind: 'MATCH', id: good.id }],
    });
  });
});

describe('starting with a method', () => {
  it('names the method, copies its suggested indicators to the lab, and shows the town on the method page', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const method = await createMethod(db(), { name: 'Framtidsverkstad för test' });
    await createIndicator(db(), {
      labId: null,
      methodId: method.id,
      name: 'Boende som fortsätter',
      kind: 'SHARE_OF_GROUP',
    });
    const lab = await createLab(db(), { organisationId: c.organisation.id, municipalityCode: '0180' });
    const challenge = {
      organisationId: c.organisation.id,
      title: 'Framtidsverkstad i området',
      focusArea: 'SERVICES',
      targetGroups: ['ALL_RESIDENTS'],
      municipalityCode: '0180',
      status: 'OPEN',
      startedFromMethodId: method.id,
    };
    const noLab = await c.owner.post('/api/v1/challenges', challenge);
    expect(noLab.statusCode).toBe(400);
    expect(errorOf(noLab.body).details?.issues?.[0]?.path).toEqual(['labId']);

    const created = await c.owner.post('/api/v1/challenges', { ...challenge, labId: lab.id });
    expect(created.statusCode, created.body).toBe(201);
    expect(Challenge.parse(created.json()).methods).toMatchObject([{ id: method.id, startedFrom: true }]);
    const indicators = IndicatorList.parse((await c.member.get(`/api/v1/labs/${lab.id}/indicators`)).json());
    expect(indicators.items).toMatchObject([
      { name: 'Boende som fortsätter', method: { id: method.id }, canRecord: true },
    ]);

    const indicatorId = indicators.items[0]?.id ?? '';
    const recorded = await c.member.post(`/api/v1/indicators/${indicatorId}/measurements`, {
      measuredOn: '2026-01-10',
      count: 3,
      groupSize: 20,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const publicView = await readMethod(c.anonymous, method.slug);
    expect(publicView.startedFrom).toMatchObject([
      {
        municipalityCode: '0180',
        challenge: { title: 'Framtidsverkstad i området' },
        readings: [
          { name: 'Boende som fortsätter', latest: { count: null, groupSize: 20, suppressed: 'SMALL_COUNT' } },
        ],
      },
    ]);
    const ownView = await readMethod(c.member, method.slug);
    expect(ownView.startedFrom[0]?.readings[0]?.latest).toMatchObject({ count: 3 });
    expect(publicView.evidenceLevel).toBe('TRIED');
  });

  it('suggests the local offerings whose organisations have run the method first, marked as such', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const method = await createMethod(db());
    const fitting = {
      focusAreas: ['UNEMPLOYMENT' as const],
      targetGroups: ['LONG_TERM_UNEMPLOYED' as const],
      municipalityCodes: ['0180'],
    };
    const newcomer = await createOffering(db(), { ...fitting, title: 'Arbetsträning i sömnad' });
    const experiencedOrg = await createOrganisation(db(), { kind: 'LOCAL_ACTOR' });
    const experienced = await createOffering(db(), {
      organisationId: experiencedOrg.id,
      title: 'Läxhjälp',
      focusAreas: ['SCHOOLS'],
      targetGroups: ['YOUTH_13_19'],
      municipalityCodes: ['0180'],
    });
    const earlier = await createMatch(db(), {
      challengeId: (await createChallenge(db())).id,
      offeringId: (await createOffering(db(), { organisationId: experiencedOrg.id })).id,
      state: 'COMPLETED',
    });
    await db().matchMethod.create({ data: { matchId: earlier.id, methodId: method.id } });

    const created = await c.owner.post('/api/v1/challenges', {
      organisationId: c.organisation.id,
      title: 'Arbetsträning i sömnad för långtidsarbetslösa',
      focusArea: 'UNEMPLOYMENT',
      targetGroups: ['LONG_TERM_UNEMPLOYED'],
      municipalityCode: '0180',
      status: 'OPEN',
      methodIds: [method.id],
    });
    const challenge = Challenge.parse(created.json());
    const response = await c.member.get(`/api/v1/challenges/${challenge.id}/suggestions`);
    expect(response.statusCode, response.body).toBe(200);
    const { items } = SuggestionList.parse(response.json());
    // Both of the experienced organisation's offerings are marked and come first.
    const marked = items.filter((s) => s.ranMethods.length > 0);
    expect(marked.map((s) => s.offering.organisation.id)).toEqual([experiencedOrg.id, experiencedOrg.id]);
    expect(marked.find((s) => s.offering.id === experienced.id)?.ranMethods).toMatchObject([{ id: method.id }]);
    expect(items.slice(0, marked.length)).toEqual(marked);
    expect(items.find((s) => s.offering.id === newcomer.id)?.ranMethods).toEqual([]);

    // Without the method, the same offering is no suggestion at all.
    await c.owner.patch(`/api/v1/challenges/${challenge.id}`, { version: challenge.version, methodIds: [] });
    const plain = SuggestionList.parse((await c.member.get(`/api/v1/challenges/${challenge.id}/suggestions`)).json());
    expect(plain.items.map((s) => s.offering.id)).not.toContain(experienced.id);
  });
});
