import { LabReport } from '@motesplats/contracts';
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
import { organisationCast, useTestApp } from '../../test/app';

const t = useTestApp();
const db = () => t.app.prisma;

describe('GET /api/v1/labs/:id/report', () => {
  it('lists the lab’s methods and its confirmed collaborations, with results under the small-group rule', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const lab = await createLab(db(), { organisationId: c.organisation.id });
    const method = await createMethod(db(), { name: 'Språkcafé i rapporten' });
    const draft = await createMethod(db(), { status: 'DRAFT' });
    await db().labMethod.createMany({
      data: [
        { labId: lab.id, methodId: method.id },
        { labId: lab.id, methodId: draft.id },
      ],
    });
    const actor = await createOrganisation(db(), { kind: 'LOCAL_ACTOR', name: 'Läxhjälpen i rapporten' });
    const offering = await createOffering(db(), { organisationId: actor.id, title: 'Läxhjälp' });
    const matchOf = async (state: 'COMPLETED' | 'ACTIVE') =>
      createMatch(db(), {
        challengeId: (await createChallenge(db(), { organisationId: c.organisation.id, labId: lab.id })).id,
        offeringId: offering.id,
        state,
      });
    const completed = await matchOf('COMPLETED');
    await matchOf('ACTIVE');
    const indicator = await createIndicator(db(), { matchId: completed.id, kind: 'SHARE_OF_GROUP' });
    await createMeasurement(db(), { indicatorId: indicator.id, count: 3, groupSize: 20, note: 'Tre av tjugo' });

    const response = await c.anonymous.get(`/api/v1/labs/${lab.id}/report`);
    expect(response.statusCode, response.body).toBe(200);
    const report = LabReport.parse(response.json());
    expect(report.methods.map((m) => m.name)).toEqual(['Språkcafé i rapporten']);
    // Only the confirmed completion; the running match is nobody's business yet.
    expect(report.collaborations.map((m) => m.id)).toEqual([completed.id]);
    expect(report.collaborations[0]).toMatchObject({
      offeringTitle: 'Läxhjälp',
      partnerName: 'Läxhjälpen i rapporten',
    });
    expect(report.collaborations[0]?.indicators[0]?.measurements[0]).toMatchObject({
      count: null,
      groupSize: 20,
      suppressed: 'SMALL_COUNT',
    });
    expect(response.body).not.toContain('Tre av tjugo');

    // The housing company is a party: it sees the figure.
    const inside = LabReport.parse((await c.member.get(`/api/v1/labs/${lab.id}/report`)).json());
    expect(inside.collaborations[0]?.indicators[0]?.measurements[0]).toMatchObject({ count: 3 });
  });

  it('is as hidden as the lab: 404 for a lab taken down, a lab that does not exist and a malformed id', async () => {
    const c = await organisationCast(t.app, 'HOUSING_COMPANY');
    const hidden = await createLab(db(), { organisationId: c.organisation.id, unpublishedAt: new Date() });
    expect((await c.anonymous.get(`/api/v1/labs/${hidden.id}/report`)).statusCode).toBe(404);
    expect((await c.curator.get(`/api/v1/labs/${hidden.id}/report`)).statusCode).toBe(200);
    expect((await c.anonymous.get('/api/v1/labs/00000000-0000-4000-8000-000000000000/report')).statusCode).toBe(404);
    expect((await c.anonymous.get('/api/v1/labs/not-an-id/report')).statusCode).toBe(404);
  });
});
