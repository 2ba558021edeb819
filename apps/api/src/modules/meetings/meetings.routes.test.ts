import { Meeting, MeetingList } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { createIdea, createLab, createMethod } from '../../db/seed/factories';
import { errorOf, organisationCast, useTestApp } from '../../test/app';

const t = useTestApp();

/** A lab of a housing company, with its people and outsiders of every kind. */
async function labCast() {
  const c = await organisationCast(t.app, 'HOUSING_COMPANY');
  const lab = await createLab(t.app.prisma, { organisationId: c.organisation.id });
  const method = await createMethod(t.app.prisma, { name: 'Dialogmöte' });
  return { ...c, lab, method };
}

const meetingBody = (methodId: string, extra: Record<string, unknown> = {}) => ({
  methodId,
  otherMethodName: null,
  heldOn: '2026-11-12',
  place: 'Portalens fritidsgård',
  participants: 20,
  gender: { women: 12, men: 5, other: 3 },
  parents: 8,
  summary: 'Vi pratade om gården och om läxhjälp.',
  ...extra,
});

describe('meetings of a lab', () => {
  it('lets the lab’s members record a meeting with the ideas it produced, and shows it on the lab', async () => {
    const { lab, method, member, anonymous } = await labCast();
    const idea = await createIdea(t.app.prisma, { labId: lab.id, title: 'Läxhjälp på fritidsgården' });
    const pending = await createIdea(t.app.prisma, { labId: lab.id, status: 'PENDING' });

    const created = await member.post(
      `/api/v1/labs/${lab.id}/meetings`,
      meetingBody(method.id, { ideaIds: [idea.id, pending.id] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const meeting = Meeting.parse(created.json());
    expect(meeting).toMatchObject({
      method: { id: method.id, name: 'Dialogmöte' },
      participants: { value: 20 },
      gender: { women: { value: 12 }, men: { value: 5 }, other: { value: 3 } },
      ideaCount: 2,
      canEdit: true,
    });

    // The public sees the published idea only, and the small-group rule.
    const list = MeetingList.parse((await anonymous.get(`/api/v1/labs/${lab.id}/meetings`)).json());
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ ideas: [{ id: idea.id }], ideaCount: 1, canEdit: false });
  });

  it('answers counts below 5, and a part that subtraction would give away, as "fewer than 5" to outsiders', async () => {
    const { lab, method, member, owner, outsider, curator, anonymous } = await labCast();
    await member.post(`/api/v1/labs/${lab.id}/meetings`, meetingBody(method.id));
    const few = { fewerThan: 5 };

    for (const reader of [anonymous, outsider]) {
      const response = await reader.get(`/api/v1/labs/${lab.id}/meetings`);
      // The small numbers are not anywhere in the answer, not only hidden by the page.
      expect(response.body).not.toMatch(/"value":3\b/);
      const [shown] = MeetingList.parse(response.json()).items;
      expect(shown?.participants).toEqual({ value: 20 });
      // other = 3 is small; men (5) is hidden too, or 20 - 12 - 5 would give it away.
      expect(shown?.gender).toEqual({ women: { value: 12 }, men: few, other: few });
      // 20 - 8 = 12 non-parents: nothing to protect.
      expect(shown?.parents).toEqual({ value: 8 });
    }
    for (const insider of [owner, curator]) {
      const [shown] = MeetingList.parse((await insider.get(`/api/v1/labs/${lab.id}/meetings`)).json()).items;
      expect(shown?.gender).toEqual({ women: { value: 12 }, men: { value: 5 }, other: { value: 3 } });
    }
  });

  it('hides a whole small meeting, and parents when the others are few', async () => {
    const { lab, method, member, anonymous } = await labCast();
    await member.post(
      `/api/v1/labs/${lab.id}/meetings`,
      meetingBody(method.id, { participants: 4, gender: { women: 4, men: 0, other: 0 }, parents: 2 }),
    );
    await member.post(
      `/api/v1/labs/${lab.id}/meetings`,
      meetingBody(method.id, { heldOn: '2026-10-01', participants: 12, gender: null, parents: 9 }),
    );
    const [small, parents] = MeetingList.parse((await anonymous.get(`/api/v1/labs/${lab.id}/meetings`)).json()).items;
    expect(small).toMatchObject({
      participants: { fewerThan: 5 },
      gender: { women: { fewerThan: 5 }, men: { fewerThan: 5 }, other: { fewerThan: 5 } },
      parents: { fewerThan: 5 },
    });
    // 12 - 9 = 3 who are not parents: the 9 would give them away.
    expect(parents).toMatchObject({ participants: { value: 12 }, gender: null, parents: { fewerThan: 5 } });
  });

  it('offers the lab’s people the methods and the lab’s ideas to choose from', async () => {
    const { lab, method, member, outsider } = await labCast();
    const idea = await createIdea(t.app.prisma, { labId: lab.id, status: 'PENDING' });
    const options = (await member.get(`/api/v1/labs/${lab.id}/meeting-options`)).json() as {
      methods: { id: string }[];
      ideas: { id: string }[];
    };
    expect(options.methods.map((m) => m.id)).toContain(method.id);
    expect(options.ideas.map((i) => i.id)).toEqual([idea.id]);
    expect((await outsider.get(`/api/v1/labs/${lab.id}/meeting-options`)).statusCode).toBe(403);
  });

  it('takes another kind of meeting by name', async () => {
    const { lab, member } = await labCast();
    const response = await member.post(`/api/v1/labs/${lab.id}/meetings`, {
      ...meetingBody('', { methodId: null, otherMethodName: 'Promenad i området' }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(Meeting.parse(response.json())).toMatchObject({ method: null, otherMethodName: 'Promenad i området' });
  });

  it('refuses outsiders, other companies and anonymous writers, and bad counts, changing nothing', async () => {
    const { lab, method, outsider, anonymous, member } = await labCast();
    expect((await anonymous.post(`/api/v1/labs/${lab.id}/meetings`, meetingBody(method.id))).statusCode).toBe(401);
    const refused = await outsider.post(`/api/v1/labs/${lab.id}/meetings`, meetingBody(method.id));
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused.body).code).toBe('FORBIDDEN');

    const wrongSum = await member.post(
      `/api/v1/labs/${lab.id}/meetings`,
      meetingBody(method.id, { gender: { women: 1, men: 1, other: 1 } }),
    );
    expect(wrongSum.statusCode).toBe(400);
    expect(errorOf(wrongSum.body).details?.issues?.[0]?.path).toEqual(['gender']);
    const bothKinds = await member.post(
      `/api/v1/labs/${lab.id}/meetings`,
      meetingBody(method.id, { otherMethodName: 'Något annat' }),
    );
    expect(bothKinds.statusCode).toBe(400);
    const tooManyParents = await member.post(
      `/api/v1/labs/${lab.id}/meetings`,
      meetingBody(method.id, { parents: 21 }),
    );
    expect(tooManyParents.statusCode).toBe(400);
    const otherLab = await createLab(t.app.prisma);
    const foreignIdea = await createIdea(t.app.prisma, { labId: otherLab.id });
    const wrongIdea = await member.post(
      `/api/v1/labs/${lab.id}/meetings`,
      meetingBody(method.id, { ideaIds: [foreignIdea.id] }),
    );
    expect(wrongIdea.statusCode).toBe(400);
    expect(await t.app.prisma.meeting.count({ where: { labId: lab.id } })).toBe(0);
  });

  it('lets the lab change and delete a meeting, with a version, and nobody else', async () => {
    const { lab, method, member, outsider } = await labCast();
    const meeting = Meeting.parse(
      (await member.post(`/api/v1/labs/${lab.id}/meetings`, meetingBody(method.id))).json(),
    );
    const url = `/api/v1/labs/${lab.id}/meetings/${meeting.id}`;
    const changed = await member.request({
      method: 'PUT',
      url,
      payload: { ...meetingBody(method.id, { participants: 25, gender: null }), ideaIds: [], version: 1 },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(Meeting.parse(changed.json())).toMatchObject({ participants: { value: 25 }, gender: null, version: 2 });
    const stale = await member.request({
      method: 'PUT',
      url,
      payload: { ...meetingBody(method.id), ideaIds: [], version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect((await outsider.delete(url)).statusCode).toBe(403);
    expect((await member.delete(url)).statusCode).toBe(204);
    expect((await member.delete(url)).statusCode).toBe(404);
  });

  it('does not show the meetings of a lab the reader may not see', async () => {
    const { organisation, method, member, anonymous } = await labCast();
    const hidden = await createLab(t.app.prisma, {
      organisationId: organisation.id,
      unpublishedAt: new Date(),
      unpublishedReason: 'Dubblett',
    });
    expect((await member.post(`/api/v1/labs/${hidden.id}/meetings`, meetingBody(method.id))).statusCode).toBe(201);
    expect((await anonymous.get(`/api/v1/labs/${hidden.id}/meetings`)).statusCode).toBe(404);
  });
});
