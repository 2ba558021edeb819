import { LabList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, createOrganisation } from '../../db/seed/factories';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

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
});
