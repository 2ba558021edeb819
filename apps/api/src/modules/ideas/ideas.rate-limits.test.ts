import { CreatedIdea } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { createIdea, createLab } from '../../db/seed/factories';
import { errorOf, useTestApp } from '../../test/app';

// Three writes a minute per address, per route; five an hour per lab, from everyone.
const t = useTestApp({ JOB_WORKER: 'false', IDEA_RATE_LIMIT: '3', IDEA_LAB_RATE_LIMIT: '5' });

const fromAddress = (remoteAddress: string) => ({
  send: (labId: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/ideas',
      remoteAddress,
      payload: { labId, title: 'Fler bänkar', body: 'Fler bänkar längs gångvägen, tack.' },
    }),
  support: (ideaId: string) => t.app.inject({ method: 'POST', url: `/api/v1/ideas/${ideaId}/support`, remoteAddress }),
});

describe('rate limits on residents’ writes', () => {
  it('stop one address after IDEA_RATE_LIMIT requests a minute on a route', async () => {
    const resident = fromAddress('198.51.100.7');
    const labs = [await createLab(t.app.prisma), await createLab(t.app.prisma), await createLab(t.app.prisma)];
    const ideas = await Promise.all(labs.map((lab) => createIdea(t.app.prisma, { labId: lab.id })));
    for (const idea of ideas) expect((await resident.support(idea.id)).statusCode).toBe(200);
    const extra = await createIdea(t.app.prisma, { labId: labs[0]?.id });
    const refused = await resident.support(extra.id);
    expect(refused.statusCode).toBe(429);
    expect(errorOf(refused.body).code).toBe('RATE_LIMITED');
    expect((await t.app.prisma.idea.findUniqueOrThrow({ where: { id: extra.id } })).supportCount).toBe(0);
    // Another address is counted on its own.
    expect((await fromAddress('198.51.100.8').support(extra.id)).statusCode).toBe(200);
  });

  it('stop a lab after IDEA_LAB_RATE_LIMIT writes an hour, whoever sends them; other labs go on', async () => {
    const lab = await createLab(t.app.prisma);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await fromAddress(`203.0.113.${i + 1}`).send(lab.id)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect(await t.app.prisma.idea.count({ where: { labId: lab.id } })).toBe(5);
    const other = await createLab(t.app.prisma);
    const elsewhere = await fromAddress('203.0.113.50').send(other.id);
    expect(CreatedIdea.parse(elsewhere.json()).id).toBeTruthy();
  });
});
