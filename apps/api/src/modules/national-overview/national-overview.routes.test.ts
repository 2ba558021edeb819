import { NationalOverview } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import {
  createChallenge,
  createIndicator,
  createLab,
  createMatch,
  createMeasurement,
  createOffering,
} from '../../db/seed/factories';
import { organisationCast, useTestApp } from '../../test/app';

// This file's database starts empty (a copy of the migrated template), so every count below is
// exactly what the test made.
const t = useTestApp();

describe('GET /api/v1/national-overview', () => {
  it('counts labs, open challenges, matches by state, confirmed completions and reported results', async () => {
    const db = t.app.prisma;
    const labA = await createLab(db, { municipalityCode: '0581', focusAreas: ['UNEMPLOYMENT', 'SCHOOLS'] });
    await createLab(db, { municipalityCode: '1480', focusAreas: ['CRIME'] });
    await createLab(db, { municipalityCode: '0581', focusAreas: ['CRIME'], unpublishedAt: new Date() });

    const open = await createChallenge(db, { municipalityCode: '0581', focusArea: 'UNEMPLOYMENT', status: 'OPEN' });
    const unmet = await createChallenge(db, { municipalityCode: '1480', focusArea: 'CRIME', status: 'OPEN' });
    await createChallenge(db, { municipalityCode: '0581', focusArea: 'UNEMPLOYMENT', status: 'DRAFT' });
    const closed = await createChallenge(db, { municipalityCode: '0581', focusArea: 'SCHOOLS', status: 'CLOSED' });

    const local = await createOffering(db, {
      focusAreas: ['UNEMPLOYMENT'],
      municipalityCodes: ['0580'],
      isNational: false,
    });
    const national = await createOffering(db, { focusAreas: ['SCHOOLS'], municipalityCodes: [], isNational: true });
    const elsewhere = await createOffering(db, {
      focusAreas: ['UNEMPLOYMENT'],
      municipalityCodes: ['1480'],
      isNational: false,
    });

    const waiting = await createMatch(db, { challengeId: open.id, offeringId: local.id, state: 'PROPOSED' });
    const completed = await createMatch(db, { challengeId: closed.id, offeringId: national.id, state: 'COMPLETED' });
    const running = await createMatch(db, { challengeId: unmet.id, offeringId: elsewhere.id, state: 'ACTIVE' });

    const reading = { count: 10, groupSize: 20 };
    const labResult = await createIndicator(db, { labId: labA.id, kind: 'SHARE_OF_GROUP' });
    await createMeasurement(db, { indicatorId: labResult.id, ...reading });
    const matchResult = await createIndicator(db, { matchId: completed.id, kind: 'SHARE_OF_GROUP' });
    await createMeasurement(db, { indicatorId: matchResult.id, ...reading });
    // Not counted: a running match's result, and an indicator without a figure.
    const runningResult = await createIndicator(db, { matchId: running.id, kind: 'SHARE_OF_GROUP' });
    await createMeasurement(db, { indicatorId: runningResult.id, ...reading });
    await createIndicator(db, { labId: labA.id });

    const matches = (m: Partial<Record<string, number>>) => ({
      PROPOSED: 0,
      AGREED: 0,
      ACTIVE: 0,
      COMPLETED: 0,
      DECLINED: 0,
      WITHDRAWN: 0,
      ...m,
    });
    const overview = NationalOverview.parse((await t.app.inject({ url: '/api/v1/national-overview' })).json());
    expect(overview.total).toEqual({
      labs: 2,
      openChallenges: 2,
      matches: matches({ PROPOSED: 1, ACTIVE: 1, COMPLETED: 1 }),
      completions: 1,
      resultsReported: 2,
    });
    const area = (a: string) => overview.byFocusArea.find((x) => x.focusArea === a);
    expect(area('UNEMPLOYMENT')).toMatchObject({ labs: 1, openChallenges: 1, completions: 0, resultsReported: 1 });
    expect(area('SCHOOLS')).toMatchObject({ labs: 1, openChallenges: 0, completions: 1, resultsReported: 2 });
    expect(area('CRIME')).toMatchObject({ labs: 1, openChallenges: 1, matches: matches({ ACTIVE: 1 }) });
    expect(area('SERVICES')).toMatchObject({ labs: 0, openChallenges: 0, resultsReported: 0 });
    expect(overview.byCounty).toEqual([
      {
        countyCode: '05',
        labs: 1,
        openChallenges: 1,
        matches: matches({ PROPOSED: 1, COMPLETED: 1 }),
        completions: 1,
        resultsReported: 2,
      },
      {
        countyCode: '14',
        labs: 1,
        openChallenges: 1,
        matches: matches({ ACTIVE: 1 }),
        completions: 0,
        resultsReported: 0,
      },
    ]);
    expect(overview.gaps).toBeNull();

    const { curator, owner } = await organisationCast(t.app, 'HOUSING_COMPANY');
    expect(NationalOverview.parse((await owner.get('/api/v1/national-overview')).json()).gaps).toBeNull();
    const gaps = NationalOverview.parse((await curator.get('/api/v1/national-overview')).json()).gaps;
    expect(gaps?.unmetNeeds.map((c) => c.id)).toEqual([unmet.id]);
    expect(gaps?.unaskedOfferings.map((o) => o.id).sort()).toEqual([national.id, elsewhere.id].sort());
    expect(gaps?.waitingMatches.map((m) => m.id)).toEqual([waiting.id]);
  });
});
