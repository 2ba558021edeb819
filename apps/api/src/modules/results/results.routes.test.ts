import { Indicator, IndicatorList } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import {
  createChallenge,
  createIndicator,
  createLab,
  createMatch,
  createMeasurement,
  createMembership,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { errorOf, organisationCast, useTestApp } from '../../test/app';

const t = useTestApp();

async function labWithCast() {
  const c = await organisationCast(t.app, 'HOUSING_COMPANY');
  const lab = await createLab(t.app.prisma, { organisationId: c.organisation.id });
  return { ...c, lab };
}

const share = { name: 'Kvinnor i arbete eller studier', kind: 'SHARE_OF_GROUP', target: 11 };

async function newIndicator(c: Awaited<ReturnType<typeof labWithCast>>, body: Record<string, unknown> = share) {
  const response = await c.member.post(`/api/v1/labs/${c.lab.id}/indicators`, body);
  expect(response.statusCode, response.body).toBe(201);
  return Indicator.parse(response.json());
}

const count = async (indicatorId: string) => t.app.prisma.measurement.count({ where: { indicatorId } });

describe('indicators of a lab', () => {
  it('lets the lab’s members and curators add indicators, and nobody else', async () => {
    const c = await labWithCast();
    const path = `/api/v1/labs/${c.lab.id}/indicators`;
    expect((await c.anonymous.post(path, share)).statusCode).toBe(401);
    expect((await c.outsider.post(path, share)).statusCode).toBe(403);
    expect((await c.curator.post(path, share)).statusCode).toBe(201);
    const created = await newIndicator(c);
    expect(created).toMatchObject({ labId: c.lab.id, kind: 'SHARE_OF_GROUP', target: 11, canRecord: true });

    const list = IndicatorList.parse((await c.anonymous.get(path)).json());
    expect(list.items.map((i) => i.id)).toContain(created.id);
    expect(list.canAdd).toBe(false);
    expect(list.items.every((i) => !i.canRecord)).toBe(true);
  });

  it('refuses figures that do not fit the kind, with the field named', async () => {
    const c = await labWithCast();
    const path = `/api/v1/labs/${c.lab.id}/indicators`;
    const bad = [
      { ...share, target: 2.5 },
      { ...share, baseline: -1 },
      { name: 'Andel', kind: 'PERCENTAGE', target: 120 },
      { name: 'Förändring', kind: 'CHANGE_PERCENT', baseline: -150 },
      { name: 'Andel', kind: 'SHARE_OF_GROUP', countsPeople: false },
      { ...share, baselineOn: '2999-01-01' },
      { ...share, kind: 'NOT_A_KIND' },
    ];
    for (const body of bad) {
      const response = await c.member.post(path, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(errorOf(response.body).code).toBe('VALIDATION_FAILED');
    }
    expect(await t.app.prisma.indicator.count({ where: { labId: c.lab.id } })).toBe(0);
  });

  it('hides the indicators of an unpublished lab from the public', async () => {
    const c = await labWithCast();
    await newIndicator(c);
    await t.app.prisma.lab.update({ where: { id: c.lab.id }, data: { unpublishedAt: new Date() } });
    expect((await c.anonymous.get(`/api/v1/labs/${c.lab.id}/indicators`)).statusCode).toBe(404);
    expect((await c.member.get(`/api/v1/labs/${c.lab.id}/indicators`)).statusCode).toBe(200);
  });

  it('edits with a version, and refuses a stale one', async () => {
    const c = await labWithCast();
    const created = await newIndicator(c);
    const edited = await c.member.patch(`/api/v1/indicators/${created.id}`, { version: 1, target: 14 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(Indicator.parse(edited.json())).toMatchObject({ target: 14, version: 2 });
    const stale = await c.owner.patch(`/api/v1/indicators/${created.id}`, { version: 1, target: 3 });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale.body).code).toBe('VERSION_CONFLICT');
    expect((await c.outsider.patch(`/api/v1/indicators/${created.id}`, { version: 2, target: 3 })).statusCode).toBe(
      403,
    );
    const bad = await c.member.patch(`/api/v1/indicators/${created.id}`, { version: 2, target: 1.5 });
    expect(bad.statusCode).toBe(400);
  });
});

describe('readings', () => {
  it('records "n of N" with n ≤ N, and refuses every reading that breaks the kind’s rules', async () => {
    const c = await labWithCast();
    const indicator = await newIndicator(c, { ...share, baselineOn: '2019-01-01' });
    const path = `/api/v1/indicators/${indicator.id}/measurements`;
    const bad: [Record<string, unknown>, string][] = [
      [{ measuredOn: '2019-12-10', count: 23, groupSize: 22 }, 'count'],
      [{ measuredOn: '2019-12-10', count: 15 }, 'groupSize'],
      [{ measuredOn: '2019-12-10', count: 15, groupSize: 22, value: 3 }, 'value'],
      [{ measuredOn: '2999-12-10', count: 15, groupSize: 22 }, 'measuredOn'],
      [{ measuredOn: '2018-12-10', count: 15, groupSize: 22 }, 'measuredOn'],
      [{ measuredOn: '2019-02-30', count: 15, groupSize: 22 }, 'measuredOn'],
      [{ measuredOn: '2019-12-10', count: -1, groupSize: 22 }, 'count'],
      [{ measuredOn: '2019-12-10', count: 1.5, groupSize: 22 }, 'count'],
      [{ measuredOn: '2019-12-10', count: 1, groupSize: 0 }, 'groupSize'],
    ];
    for (const [body, field] of bad) {
      const response = await c.member.post(path, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      const issues = (errorOf(response.body).details as { issues: { path: string[] }[] }).issues;
      expect(issues.map((i) => i.path[0])).toContain(field);
    }
    expect(await count(indicator.id)).toBe(0);

    const ok = await c.member.post(path, { measuredOn: '2019-12-10', count: 15, groupSize: 22, note: 'Slutmätning' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(Indicator.parse(ok.json()).measurements).toEqual([
      expect.objectContaining({ measuredOn: '2019-12-10', count: 15, groupSize: 22, note: 'Slutmätning' }),
    ]);
  });

  it('holds each other kind to its own figure', async () => {
    const c = await labWithCast();
    const cases: [Record<string, unknown>, Record<string, unknown>[], Record<string, unknown>][] = [
      [
        { name: 'Aktiviteter', kind: 'COUNT', countsPeople: false, unit: 'aktiviteter' },
        [{ value: -1 }, { count: 4, groupSize: 5 }, {}],
        { value: 100.5 },
      ],
      [{ name: 'Deltagare', kind: 'COUNT' }, [{ value: 7.5 }], { value: 7 }],
      [
        { name: 'Andel i arbete', kind: 'PERCENTAGE' },
        [{ value: 40 }, { value: 140, groupSize: 20 }],
        {
          value: 40,
          groupSize: 20,
        },
      ],
      [{ name: 'Deltagandet', kind: 'CHANGE_PERCENT' }, [{ value: -120 }, { count: 3 }], { value: 80 }],
    ];
    for (const [body, badReadings, good] of cases) {
      const indicator = await newIndicator(c, body);
      const path = `/api/v1/indicators/${indicator.id}/measurements`;
      for (const reading of badReadings) {
        const response = await c.member.post(path, { measuredOn: '2020-01-01', ...reading });
        expect(response.statusCode, `${String(body.name)} ${JSON.stringify(reading)}`).toBe(400);
      }
      expect(await count(indicator.id)).toBe(0);
      expect((await c.member.post(path, { measuredOn: '2020-01-01', ...good })).statusCode).toBe(201);
    }
  });

  it('lets only the lab’s members and curators record or remove readings', async () => {
    const c = await labWithCast();
    const indicator = await newIndicator(c);
    const path = `/api/v1/indicators/${indicator.id}/measurements`;
    const reading = { measuredOn: '2020-01-01', count: 10, groupSize: 20 };
    expect((await c.anonymous.post(path, reading)).statusCode).toBe(401);
    expect((await c.outsider.post(path, reading)).statusCode).toBe(403);
    expect((await c.curator.post(path, reading)).statusCode).toBe(201);
    const recorded = Indicator.parse((await c.member.post(path, reading)).json());
    const id = recorded.measurements[1]?.id ?? '';
    expect((await c.outsider.delete(`${path}/${id}`)).statusCode).toBe(403);
    expect((await c.member.delete(`${path}/${id}`)).statusCode).toBe(200);
    expect(await count(indicator.id)).toBe(1);
  });

  it('keeps an indicator with readings about people from becoming a count of things', async () => {
    const c = await labWithCast();
    const indicator = await newIndicator(c, { name: 'Deltagare', kind: 'COUNT' });
    await c.member.post(`/api/v1/indicators/${indicator.id}/measurements`, { measuredOn: '2020-01-01', value: 3 });
    const response = await c.member.patch(`/api/v1/indicators/${indicator.id}`, { version: 1, countsPeople: false });
    expect(response.statusCode).toBe(409);
  });
});

describe('the small-group rule at the API', () => {
  /** A lab with one reading of each kind that must be withheld, and one that may be shown. */
  async function labWithSmallGroups() {
    const c = await labWithCast();
    const db = t.app.prisma;
    const make = async (name: string, kind: 'SHARE_OF_GROUP' | 'COUNT' | 'PERCENTAGE', reading: object) => {
      const indicator = await createIndicator(db, {
        labId: c.lab.id,
        name,
        kind,
        baseline: kind === 'COUNT' ? 2 : null,
      });
      await createMeasurement(db, {
        indicatorId: indicator.id,
        measuredOn: new Date('2020-06-01'),
        note: 'Fyra av dem fick jobb',
        ...reading,
      });
      return indicator.id;
    };
    const ids = {
      fewCounted: await make('Få räknade', 'SHARE_OF_GROUP', { count: 4, groupSize: 22 }),
      fewLeft: await make('Få kvar', 'SHARE_OF_GROUP', { count: 18, groupSize: 22 }),
      smallGroup: await make('Liten grupp', 'SHARE_OF_GROUP', { count: 3, groupSize: 4 }),
      fewPeople: await make('Få personer', 'COUNT', { value: 2 }),
      fewAsPercent: await make('Liten andel', 'PERCENTAGE', { value: 10, groupSize: 30 }),
      shown: await make('Visas', 'SHARE_OF_GROUP', { count: 15, groupSize: 22, note: 'Femton av dem' }),
    };
    return { ...c, ids };
  }

  it('never sends a figure or note about fewer than 5 people to the public or to other organisations', async () => {
    const c = await labWithSmallGroups();
    for (const reader of [c.anonymous, c.outsider]) {
      const response = await reader.get(`/api/v1/labs/${c.lab.id}/indicators`);
      expect(response.statusCode).toBe(200);
      const list = IndicatorList.parse(response.json());
      const reading = (id: string) => list.items.find((i) => i.id === id)?.measurements[0];
      expect(reading(c.ids.fewCounted)).toMatchObject({
        count: null,
        groupSize: 22,
        note: '',
        suppressed: 'SMALL_COUNT',
      });
      expect(reading(c.ids.fewLeft)).toMatchObject({
        count: null,
        groupSize: 22,
        note: '',
        suppressed: 'SMALL_REMAINDER',
      });
      expect(reading(c.ids.smallGroup)).toMatchObject({ count: null, groupSize: null, suppressed: 'SMALL_GROUP' });
      expect(reading(c.ids.fewPeople)).toMatchObject({ value: null, note: '', suppressed: 'SMALL_COUNT' });
      expect(reading(c.ids.fewAsPercent)).toMatchObject({ value: null, suppressed: 'SMALL_COUNT' });
      expect(reading(c.ids.shown)).toMatchObject({ count: 15, groupSize: 22, suppressed: null });
      expect(list.items.find((i) => i.id === c.ids.fewPeople)).toMatchObject({
        baseline: null,
        baselineSuppressed: true,
      });
      // Nothing in the whole answer spells the withheld figures: not the 4, 18, 3, 2 of the
      // readings, not the notes, not the baseline.
      expect(response.body).not.toMatch(/"(count|value|baseline)":(4|18|3|2)\b/);
      expect(response.body).not.toContain('Fyra av dem');
    }
  });

  it('gives the lab’s members and curators the figures, saying what others see', async () => {
    const c = await labWithSmallGroups();
    for (const reader of [c.member, c.curator]) {
      const list = IndicatorList.parse((await reader.get(`/api/v1/labs/${c.lab.id}/indicators`)).json());
      const reading = list.items.find((i) => i.id === c.ids.fewCounted)?.measurements[0];
      expect(reading).toMatchObject({ count: 4, groupSize: 22, suppressed: 'SMALL_COUNT' });
    }
  });

  it('withholds a reading recorded by a member from everyone outside at once', async () => {
    const c = await labWithCast();
    const indicator = await newIndicator(c);
    const recorded = await c.member.post(`/api/v1/indicators/${indicator.id}/measurements`, {
      measuredOn: '2020-01-01',
      count: 2,
      groupSize: 30,
      note: 'Två av trettio',
    });
    expect(Indicator.parse(recorded.json()).measurements[0]).toMatchObject({ count: 2 });
    const outside = await c.outsider.get(`/api/v1/labs/${c.lab.id}/indicators`);
    expect(outside.body).not.toContain('Två av trettio');
    expect(IndicatorList.parse(outside.json()).items[0]?.measurements[0]).toMatchObject({
      count: null,
      suppressed: 'SMALL_COUNT',
    });
  });
});

describe('indicators of a match', () => {
  async function matchCast() {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const actor = await createOrganisation(t.app.prisma, { kind: 'LOCAL_ACTOR' });
    const challenge = await createChallenge(t.app.prisma, { organisationId: c.organisation.id });
    const offering = await createOffering(t.app.prisma, { organisationId: actor.id });
    const match = await createMatch(t.app.prisma, {
      challengeId: challenge.id,
      offeringId: offering.id,
      state: 'ACTIVE',
    });
    await createMembership(t.app.prisma, { organisationId: actor.id, userId: c.users.outsider.id });
    return { ...c, match, actorMember: c.outsider };
  }

  it('exist only for the match’s parties and curators; both parties record', async () => {
    const c = await matchCast();
    const path = `/api/v1/matches/${c.match.id}/indicators`;
    expect((await c.anonymous.get(path)).statusCode).toBe(401);
    const created = await c.actorMember.post(path, share);
    expect(created.statusCode, created.body).toBe(201);
    const indicator = Indicator.parse(created.json());
    expect(indicator.matchId).toBe(c.match.id);
    const recorded = await c.member.post(`/api/v1/indicators/${indicator.id}/measurements`, {
      measuredOn: '2020-01-01',
      count: 3,
      groupSize: 10,
    });
    expect(recorded.statusCode).toBe(201);
    const list = IndicatorList.parse((await c.curator.get(path)).json());
    expect(list.items[0]?.measurements[0]).toMatchObject({ count: 3 });

    const stranger = await organisationCast(t.app, 'LOCAL_ACTOR');
    expect((await stranger.owner.get(path)).statusCode).toBe(404);
    expect((await stranger.owner.post(`/api/v1/indicators/${indicator.id}/measurements`, {})).statusCode).toBe(400);
    expect(
      (
        await stranger.owner.post(`/api/v1/indicators/${indicator.id}/measurements`, {
          measuredOn: '2020-01-01',
          count: 1,
          groupSize: 10,
        })
      ).statusCode,
    ).toBe(404);
  });
});
