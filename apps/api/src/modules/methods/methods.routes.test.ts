import { Method, MethodList } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import {
  createChallenge,
  createIndicator,
  createLab,
  createMatch,
  createMeasurement,
  createMethod,
  createOffering,
} from '../../db/seed/factories';
import { organisationCast, useTestApp } from '../../test/app';
import { evidenceLevel } from './method-evidence';

const t = useTestApp();
const db = () => t.app.prisma;

async function getMethod(slug: string, client = t.app) {
  const response = await client.inject({ url: `/api/v1/methods/${slug}` });
  expect(response.statusCode, response.body).toBe(200);
  return Method.parse(response.json());
}

/** A lab in a municipality that used the method, with a reading with a figure when `measured`. */
async function labUse(methodId: string, municipalityCode: string, measured: boolean, indicatorMethodId?: string) {
  const lab = await createLab(db(), { municipalityCode });
  await db().labMethod.create({ data: { labId: lab.id, methodId } });
  if (measured) {
    const indicator = await createIndicator(db(), {
      labId: lab.id,
      kind: 'SHARE_OF_GROUP',
      methodId: indicatorMethodId ?? null,
    });
    await createMeasurement(db(), { indicatorId: indicator.id, count: 12, groupSize: 20 });
  }
  return lab;
}

async function matchUse(methodId: string, municipalityCode: string, state: 'COMPLETED' | 'ACTIVE') {
  const challenge = await createChallenge(db(), { municipalityCode });
  const match = await createMatch(db(), {
    challengeId: challenge.id,
    offeringId: (await createOffering(db())).id,
    state,
  });
  await db().matchMethod.create({ data: { matchId: match.id, methodId } });
  const indicator = await createIndicator(db(), { matchId: match.id, kind: 'COUNT', countsPeople: false });
  await createMeasurement(db(), { indicatorId: indicator.id, value: 40 });
  return match;
}

describe('evidence levels', () => {
  it('follow from the uses: none, used, used with results in two places', () => {
    expect(evidenceLevel([])).toBe('DESCRIBED');
    expect(evidenceLevel([{ municipalityCode: '0581', hasResults: false }])).toBe('TRIED');
    expect(
      evidenceLevel([
        { municipalityCode: '0581', hasResults: true },
        { municipalityCode: '0581', hasResults: true },
      ]),
    ).toBe('TRIED');
    expect(
      evidenceLevel([
        { municipalityCode: '0581', hasResults: true },
        { municipalityCode: '1480', hasResults: true },
      ]),
    ).toBe('TRIED_WITH_RESULTS');
  });

  it('are derived from the labs and confirmed matches that used the method and what they measured', async () => {
    const method = await createMethod(db());
    const other = await createMethod(db());
    expect(await getMethod(method.slug)).toMatchObject({ evidenceLevel: 'DESCRIBED', places: 0, uses: [] });

    await labUse(method.id, '0581', false);
    expect(await getMethod(method.slug)).toMatchObject({ evidenceLevel: 'TRIED', places: 1 });

    // Results in the same town, and results another method is credited with, add nothing.
    await labUse(method.id, '0581', true);
    await labUse(method.id, '2582', true, other.id);
    expect(await getMethod(method.slug)).toMatchObject({ evidenceLevel: 'TRIED', places: 2 });

    // A match that is still running is no evidence; a confirmed completion with results is.
    await matchUse(method.id, '1480', 'ACTIVE');
    expect(await getMethod(method.slug)).toMatchObject({ evidenceLevel: 'TRIED', places: 2 });
    const completed = await matchUse(method.id, '1480', 'COMPLETED');
    const found = await getMethod(method.slug);
    expect(found).toMatchObject({ evidenceLevel: 'TRIED_WITH_RESULTS', places: 3 });
    expect(found.uses.find((u) => u.kind === 'MATCH')).toMatchObject({ id: completed.id, municipalityCode: '1480' });

    const list = MethodList.parse((await t.app.inject({ url: '/api/v1/methods' })).json());
    expect(list.items.find((m) => m.id === method.id)).toMatchObject({
      evidenceLevel: 'TRIED_WITH_RESULTS',
      places: 3,
    });
  });

  it('leave out unpublished labs', async () => {
    const method = await createMethod(db());
    const lab = await labUse(method.id, '0581', true);
    await labUse(method.id, '1480', true);
    expect((await getMethod(method.slug)).evidenceLevel).toBe('TRIED_WITH_RESULTS');
    await db().lab.update({ where: { id: lab.id }, data: { unpublishedAt: new Date() } });
    expect(await getMethod(method.slug)).toMatchObject({ evidenceLevel: 'TRIED', places: 1 });
  });
});

describe('a method’s results and the small-group rule', () => {
  it('withholds a reading about fewer than 5 people from the public, but not from the lab', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const method = await createMethod(db());
    const lab = await createLab(db(), { organisationId: c.organisation.id });
    await db().labMethod.create({ data: { labId: lab.id, methodId: method.id } });
    const indicator = await createIndicator(db(), { labId: lab.id, kind: 'SHARE_OF_GROUP', methodId: method.id });
    await createMeasurement(db(), { indicatorId: indicator.id, count: 3, groupSize: 20, note: 'Tre av tjugo' });

    for (const reader of [c.anonymous, c.outsider]) {
      const response = await reader.get(`/api/v1/methods/${method.slug}`);
      expect(response.body).not.toContain('Tre av tjugo');
      const reading = Method.parse(response.json()).uses[0]?.indicators[0]?.measurements[0];
      expect(reading).toMatchObject({ count: null, groupSize: 20, suppressed: 'SMALL_COUNT' });
    }
    const inside = Method.parse((await c.member.get(`/api/v1/methods/${method.slug}`)).json());
    expect(inside.uses[0]?.indicators[0]?.measurements[0]).toMatchObject({ count: 3 });
    expect(inside.uses[0]?.indicators[0]?.canRecord).toBe(false);
  });
});

describe('visibility', () => {
  it('shows drafts and unpublished methods to curators only', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const draft = await createMethod(db(), { status: 'DRAFT' });
    expect((await c.anonymous.get(`/api/v1/methods/${draft.slug}`)).statusCode).toBe(404);
    expect((await c.curator.get(`/api/v1/methods/${draft.slug}`)).statusCode).toBe(200);
    expect((await c.curator.get(`/api/v1/methods/${draft.id}`)).statusCode).toBe(200);
    const list = MethodList.parse((await c.anonymous.get('/api/v1/methods')).json());
    expect(list.items.map((m) => m.id)).not.toContain(draft.id);
    expect((await c.anonymous.get('/api/v1/methods?focusArea=NOPE')).statusCode).toBe(400);
  });
});
