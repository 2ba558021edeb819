import { Indicator, IndicatorList, Method, NationalOverview, type Measurement } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import {
  createChallenge,
  createIndicator,
  createLab,
  createMatch,
  createMeasurement,
  createMembership,
  createMethod,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { organisationCast, useTestApp, type Client } from '../../test/app';

/*
 * The small-group rule against recovery by subtraction, by every route that answers readings
 * or figures made from them: a lab's and a match's results, a method's evidence and the
 * national overview. This file's database starts empty, so the overview's counts are exact.
 */
const t = useTestApp();
const db = () => t.app.prisma;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A lab with Portalen's shape (15 and 6 of the same 22 women: the 1 left over would be known),
 * an earlier reading 3 short of the later one, and a completed match whose two parts of a
 * group of 20 leave 2. Method A names the lab and the match; method B only the "6 of 22".
 */
async function scene() {
  const c = await organisationCast(t.app, 'HOUSING_COMPANY');
  const lab = await createLab(db(), { organisationId: c.organisation.id, municipalityCode: '0581' });
  const [methodA, methodB] = [await createMethod(db()), await createMethod(db())];
  await db().labMethod.createMany({
    data: [
      { labId: lab.id, methodId: methodA.id },
      { labId: lab.id, methodId: methodB.id },
    ],
  });
  const group = 'Kvinnorna i labbet 2019';
  const work = await createIndicator(db(), {
    labId: lab.id,
    kind: 'SHARE_OF_GROUP',
    groupName: group,
    methodId: methodA.id,
  });
  const june = await createMeasurement(db(), {
    indicatorId: work.id,
    measuredOn: day('2019-06-01'),
    count: 12,
    groupSize: 22,
    note: 'Tolv i juni',
  });
  const december = await createMeasurement(db(), {
    indicatorId: work.id,
    measuredOn: day('2019-12-10'),
    count: 15,
    groupSize: 22,
  });
  const cooperative = await createIndicator(db(), {
    labId: lab.id,
    kind: 'SHARE_OF_GROUP',
    groupName: group,
    methodId: methodB.id,
  });
  const six = await createMeasurement(db(), {
    indicatorId: cooperative.id,
    measuredOn: day('2019-12-10'),
    count: 6,
    groupSize: 22,
    note: 'Sex planerar ett kooperativ',
  });

  const actor = await createOrganisation(db(), { kind: 'LOCAL_ACTOR' });
  const actorMember = await organisationCast(t.app, 'LOCAL_ACTOR');
  await createMembership(db(), { organisationId: actor.id, userId: actorMember.users.member.id });
  const match = await createMatch(db(), {
    challengeId: (await createChallenge(db(), { organisationId: c.organisation.id, municipalityCode: '1480' })).id,
    offeringId: (await createOffering(db(), { organisationId: actor.id })).id,
    state: 'COMPLETED',
  });
  await db().matchMethod.create({ data: { matchId: match.id, methodId: methodA.id } });
  const part = async (count: number) => {
    const indicator = await createIndicator(db(), {
      matchId: match.id,
      kind: 'SHARE_OF_GROUP',
      groupName: 'Deltagarna',
    });
    return createMeasurement(db(), {
      indicatorId: indicator.id,
      measuredOn: day('2026-05-01'),
      count,
      groupSize: 20,
      note: `${count} av tjugo`,
    });
  };
  const [ten, eight] = [await part(10), await part(8)];
  return {
    c,
    lab,
    match,
    methodA,
    methodB,
    actorMember: actorMember.member,
    readings: { june, december, six, ten, eight },
    withheldNotes: ['Tolv i juni', 'Sex planerar ett kooperativ', '8 av tjugo'],
  };
}

type Scene = Awaited<ReturnType<typeof scene>>;

async function json(client: Client, url: string) {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return { body: response.body, data: response.json() as unknown };
}

/** Every reading in an answer, by id. */
function readingsIn(data: unknown): Map<string, Measurement> {
  const found = new Map<string, Measurement>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ('measuredOn' in node && 'suppressed' in node) found.set((node as Measurement).id, node as Measurement);
      else Object.values(node).forEach(walk);
    }
  };
  walk(data);
  return found;
}

/** What a reader gets by every public route: the lab's results and both methods' evidence. */
async function everyPublicRoute(s: Scene, reader: Client) {
  const answers = [
    await json(reader, `/api/v1/labs/${s.lab.id}/indicators`),
    await json(reader, `/api/v1/methods/${s.methodA.slug}`),
    await json(reader, `/api/v1/methods/${s.methodB.slug}`),
  ];
  IndicatorList.parse(answers[0]?.data);
  answers.slice(1).forEach((a) => Method.parse(a.data));
  const readings = new Map<string, Measurement>();
  for (const answer of answers) for (const [id, m] of readingsIn(answer.data)) readings.set(id, m);
  return { readings, bodies: answers.map((a) => a.body).join('\n') };
}

describe('recovering a withheld figure by subtraction', () => {
  it('is impossible for a visitor or another organisation by any route', async () => {
    const s = await scene();
    for (const reader of [s.c.anonymous, s.c.outsider]) {
      const { readings, bodies } = await everyPublicRoute(s, reader);
      const seen = (id: string) => readings.get(id);
      // Shown: 15 of 22 (the newest reading) and 10 of 20.
      expect(seen(s.readings.december.id)).toMatchObject({ count: 15, groupSize: 22, suppressed: null });
      expect(seen(s.readings.ten.id)).toMatchObject({ count: 10, groupSize: 20, suppressed: null });
      // 15 + 6 of 22 leaves 1; 10 + 8 of 20 leaves 2: the smaller part is withheld (also on
      // method B's page, where the 15 is not shown beside it).
      expect(seen(s.readings.six.id)).toMatchObject({
        count: null,
        groupSize: 22,
        note: '',
        suppressed: 'SUBTRACTION',
      });
      expect(seen(s.readings.eight.id)).toMatchObject({ count: null, note: '', suppressed: 'SUBTRACTION' });
      // 12 in June and 15 in December of the same 22: 3 women changed in between.
      expect(seen(s.readings.june.id)).toMatchObject({ count: null, note: '', suppressed: 'CHANGE' });
      for (const note of s.withheldNotes) expect(bodies).not.toContain(note);
      expect(bodies).not.toMatch(/"count":(6|8|12)\b/);
    }
  });

  it('leaves the figures to the lab’s members, the match’s parties and curators, with the reason', async () => {
    const s = await scene();
    const lab = readingsIn((await json(s.c.member, `/api/v1/labs/${s.lab.id}/indicators`)).data);
    expect(lab.get(s.readings.six.id)).toMatchObject({ count: 6, suppressed: 'SUBTRACTION' });
    expect(lab.get(s.readings.june.id)).toMatchObject({ count: 12, note: 'Tolv i juni', suppressed: 'CHANGE' });
    const match = readingsIn((await json(s.actorMember, `/api/v1/matches/${s.match.id}/indicators`)).data);
    expect(match.get(s.readings.eight.id)).toMatchObject({ count: 8, suppressed: 'SUBTRACTION' });
    const { readings } = await everyPublicRoute(s, s.c.curator);
    expect(readings.get(s.readings.six.id)).toMatchObject({ count: 6 });
    expect(readings.get(s.readings.eight.id)).toMatchObject({ count: 8 });
    // A match's results are its parties' and the curators' only; the public reads them on methods.
    expect((await s.c.anonymous.get(`/api/v1/matches/${s.match.id}/indicators`)).statusCode).toBe(401);
  });

  it('keeps the national overview from counting a result the public cannot see', async () => {
    const overview = async (client: Client) =>
      NationalOverview.parse((await json(client, '/api/v1/national-overview')).data);
    const county = (o: NationalOverview, code: string) =>
      o.byCounty.find((c) => c.countyCode === code)?.resultsReported ?? 0;
    const areas = (o: NationalOverview) => o.byFocusArea.reduce((sum, a) => sum + a.resultsReported, 0);
    const { anonymous, curator } = await organisationCast(t.app, 'HOUSING_COMPANY');
    // Other tests of this file share the database: compare before and after this scene.
    const before = await overview(anonymous);
    await scene();
    const after = await overview(anonymous);
    // The lab's "work" (15 of 22) and the match's 10 of 20 are seen; the "6" and the "8", all
    // of whose readings are withheld, are not counted in any county or focus area either.
    expect(after.total.resultsReported - before.total.resultsReported).toBe(2);
    expect(county(after, '05') - county(before, '05')).toBe(1);
    expect(county(after, '14') - county(before, '14')).toBe(1);
    expect(areas(after) - areas(before)).toBe(2);
    // The curators' overview is the same public aggregate.
    expect((await overview(curator)).total).toEqual(after.total);
  });

  it('lets a lab name the group an indicator counts a part of, and shows it at once', async () => {
    const s = await scene();
    const path = `/api/v1/labs/${s.lab.id}/indicators`;
    const body = { name: 'Kvinnor som studerar', kind: 'SHARE_OF_GROUP', groupName: 'Kvinnorna i labbet 2019' };
    const created = await s.c.member.post(path, body);
    expect(created.statusCode, created.body).toBe(201);
    const indicator = Indicator.parse(created.json());
    expect(indicator.groupName).toBe('Kvinnorna i labbet 2019');
    expect((await s.c.member.post(path, { ...body, groupName: '  ' })).statusCode).toBe(400);
    // A third part, 1 of 22, is withheld; with it the 15 and 6 would still leave 0 + 1 …
    const recorded = await s.c.member.post(`/api/v1/indicators/${indicator.id}/measurements`, {
      measuredOn: '2019-12-10',
      count: 1,
      groupSize: 22,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const { readings } = await everyPublicRoute(s, s.c.anonymous);
    // … so the visitor still cannot say how many of the 7 not at work are in which part.
    expect(readings.get(s.readings.december.id)).toMatchObject({ count: 15 });
    expect(readings.get(s.readings.six.id)).toMatchObject({ count: null });
  });
});
