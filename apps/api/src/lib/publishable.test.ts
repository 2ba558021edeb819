import { Challenge, Lab, Offering, type OrganisationKind } from '@motesplats/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PrismaClient } from '../db/prisma';
import { createChallenge, createLab, createOffering } from '../db/seed/factories';
import { errorOf, organisationCast, signedInClient, useTestApp } from '../test/app';

/*
 * What every publishable kind shares, asserted once for each through its own routes: who may
 * edit, optimistic versions, and moderation (one behaviour for all kinds; see ModerateBody).
 * Each kind's own rules (fields, status tables, search) are tested in its module.
 */

const t = useTestApp();

interface KindUnderTest {
  path: 'challenges' | 'offerings' | 'labs';
  authorKind: OrganisationKind;
  /** An organisation kind that may not write this kind. */
  otherKind: OrganisationKind;
  /** A valid creation body. */
  body(organisationId: string): Record<string, unknown>;
  schema: z.ZodType<{
    summary: string;
    version: number;
    canEdit: boolean;
    unpublishedAt: string | null;
    unpublishedReason: string | null;
  }>;
  /** A status the item may start in, one it may not move to from there, and one it may. */
  statuses: { from: string; off: string; on: string };
  create(prisma: PrismaClient, organisationId: string, status?: string): Promise<{ id: string }>;
  stored(prisma: PrismaClient, id: string): Promise<{ summary: string; version: number; unpublishedAt: Date | null }>;
}

const KINDS: KindUnderTest[] = [
  {
    path: 'challenges',
    authorKind: 'HOUSING_COMPANY',
    otherKind: 'LOCAL_ACTOR',
    body: (organisationId) => ({
      organisationId,
      title: 'Fler kvinnor i arbete',
      focusArea: 'UNEMPLOYMENT',
      targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
      municipalityCode: '0581',
    }),
    schema: Challenge,
    statuses: { from: 'DRAFT', off: 'IN_PROGRESS', on: 'OPEN' },
    create: (prisma, organisationId, status) =>
      createChallenge(prisma, {
        organisationId,
        summary: 'Före',
        ...(status ? { status: Challenge.shape.status.parse(status) } : {}),
      }),
    stored: (prisma, id) => prisma.challenge.findUniqueOrThrow({ where: { id } }),
  },
  {
    path: 'offerings',
    authorKind: 'LOCAL_ACTOR',
    otherKind: 'HOUSING_COMPANY',
    body: (organisationId) => ({
      organisationId,
      title: 'Jobbcoachning',
      focusAreas: ['UNEMPLOYMENT'],
      targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
      municipalityCodes: ['0581'],
      supportTypes: ['STAFF'],
    }),
    schema: Offering,
    statuses: { from: 'DRAFT', off: 'ARCHIVED', on: 'PUBLISHED' },
    create: (prisma, organisationId, status) =>
      createOffering(prisma, {
        organisationId,
        summary: 'Före',
        ...(status ? { status: Offering.shape.status.parse(status) } : {}),
      }),
    stored: (prisma, id) => prisma.offering.findUniqueOrThrow({ where: { id } }),
  },
  {
    path: 'labs',
    authorKind: 'HOUSING_COMPANY',
    otherKind: 'NATIONAL',
    body: (organisationId) => ({
      organisationId,
      name: 'Labbet i Portalen',
      neighbourhood: 'Portalen',
      municipalityCode: '0581',
      focusAreas: ['UNEMPLOYMENT'],
    }),
    schema: Lab,
    statuses: { from: 'ACTIVE', off: 'PLANNING', on: 'COMPLETED' },
    create: (prisma, organisationId, status) =>
      createLab(prisma, {
        organisationId,
        summary: 'Före',
        ...(status ? { status: Lab.shape.status.parse(status) } : {}),
      }),
    stored: (prisma, id) => prisma.lab.findUniqueOrThrow({ where: { id } }),
  },
];

describe.each(KINDS)('$path', (kind) => {
  async function item(status?: string) {
    const cast = await organisationCast(t.app, kind.authorKind);
    const row = await kind.create(t.app.prisma, cast.organisation.id, status);
    return { ...cast, id: row.id, url: `/api/v1/${kind.path}/${row.id}` };
  }
  const stored = (id: string) => kind.stored(t.app.prisma, id);
  const auditOf = (id: string) =>
    t.app.prisma.auditLog.findMany({
      where: { entityId: id },
      orderBy: { id: 'asc' },
      select: { action: true, actorId: true, data: true },
    });

  describe('creating', () => {
    it('is for members and owners of the right kind of organisation; refusals create nothing', async () => {
      const c = await item();
      const url = `/api/v1/${kind.path}`;
      const count = async () =>
        (await t.app.prisma.auditLog.findMany({ where: { organisationId: c.organisation.id } })).length;
      expect((await c.anonymous.post(url, kind.body(c.organisation.id))).statusCode).toBe(401);
      expect((await c.outsider.post(url, kind.body(c.organisation.id))).statusCode).toBe(403);
      expect((await c.curator.post(url, kind.body(c.organisation.id))).statusCode).toBe(403);
      expect(await count()).toBe(0);

      for (const author of [c.member, c.owner]) {
        const created = await author.post(url, kind.body(c.organisation.id));
        expect(created.statusCode, created.body).toBe(201);
        expect(kind.schema.parse(created.json())).toMatchObject({ version: 1, canEdit: true });
      }
      expect(await count()).toBe(2);

      const wrong = await organisationCast(t.app, kind.otherKind);
      const refused = await wrong.owner.post(url, kind.body(wrong.organisation.id));
      expect(refused.statusCode).toBe(403);
      const unknown = await c.owner.post(url, kind.body('00000000-0000-4000-8000-000000000000'));
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('the language of its text', () => {
    it('is Swedish unless the author chooses English; other values are refused and change nothing', async () => {
      const c = await item();
      const url = `/api/v1/${kind.path}`;
      const language = (response: { json: () => unknown }) =>
        z.object({ id: z.uuid(), language: z.string() }).parse(response.json());

      const swedish = language(await c.owner.post(url, kind.body(c.organisation.id)));
      expect(swedish.language).toBe('sv');
      const english = language(await c.owner.post(url, { ...kind.body(c.organisation.id), language: 'en' }));
      expect(english.language).toBe('en');
      expect(language(await c.member.get(`${url}/${english.id}`)).language).toBe('en');

      const refused = await c.owner.post(url, { ...kind.body(c.organisation.id), language: 'de' });
      expect(refused.statusCode).toBe(400);
      expect(errorOf(refused.body).details?.issues?.[0]?.path).toEqual(['language']);

      const edited = await c.owner.patch(`${url}/${swedish.id}`, { language: 'en', version: 1 });
      expect(language(edited).language).toBe('en');
      const badEdit = await c.owner.patch(`${url}/${swedish.id}`, { language: 'fi', version: 2 });
      expect(badEdit.statusCode).toBe(400);
      expect(language(await c.owner.get(`${url}/${swedish.id}`)).language).toBe('en');
    });
  });

  describe('editing', () => {
    it('is for members and owners of the organisation (and administrators); refusals change nothing', async () => {
      const c = await item();
      expect((await c.anonymous.patch(c.url, { summary: 'Anonym', version: 1 })).statusCode).toBe(401);
      expect((await c.outsider.patch(c.url, { summary: 'Utomstående', version: 1 })).statusCode).toBe(403);
      expect((await c.curator.patch(c.url, { summary: 'Kurator', version: 1 })).statusCode).toBe(403);
      expect(await stored(c.id)).toMatchObject({ summary: 'Före', version: 1 });

      const byMember = await c.member.patch(c.url, { summary: 'Medlemmen', version: 1 });
      expect(kind.schema.parse(byMember.json())).toMatchObject({ summary: 'Medlemmen', version: 2 });
      const byOwner = await c.owner.patch(c.url, { summary: 'Ägaren', version: 2 });
      expect(kind.schema.parse(byOwner.json())).toMatchObject({ summary: 'Ägaren', version: 3 });
      const admin = (await signedInClient(t.app, { platformRole: 'ADMIN' })).client;
      const byAdmin = await admin.patch(c.url, { summary: 'Administratören', version: 3 });
      expect(kind.schema.parse(byAdmin.json())).toMatchObject({ summary: 'Administratören', version: 4 });
      expect((await auditOf(c.id)).map((a) => a.action)).toEqual(Array(3).fill(`${kind.path.slice(0, -1)}.update`));
    });

    it('answers a stale version with 409 VERSION_CONFLICT naming the current one, and lets one of two concurrent edits win', async () => {
      const c = await item();
      expect((await c.member.patch(c.url, { summary: 'Först', version: 1 })).statusCode).toBe(200);
      const stale = await c.owner.patch(c.url, { summary: 'Gammal', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(errorOf(stale.body)).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
      expect(await stored(c.id)).toMatchObject({ summary: 'Först', version: 2 });

      const answers = await Promise.all([
        c.member.patch(c.url, { summary: 'Medlemmen', version: 2 }),
        c.owner.patch(c.url, { summary: 'Ägaren', version: 2 }),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const winner = kind.schema.parse(answers.find((a) => a.statusCode === 200)?.json());
      expect(await stored(c.id)).toMatchObject({ summary: winner.summary, version: 3 });
    });

    it('moves the status only along the table (409 CONFLICT naming both), recording each move', async () => {
      const { from, off, on } = kind.statuses;
      const c = await item(from);
      const refused = await c.member.patch(c.url, { status: off, version: 1 });
      expect(refused.statusCode).toBe(409);
      expect(errorOf(refused.body)).toMatchObject({ code: 'CONFLICT', details: { from, to: off } });
      const moved = await c.member.patch(c.url, { status: on, version: 1 });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(await auditOf(c.id)).toEqual([
        {
          action: `${kind.path.slice(0, -1)}.status`,
          actorId: c.users.member.id,
          data: { fields: ['status'], from, to: on },
        },
      ]);
    });
  });

  describe('moderation', () => {
    it('is for curators only: unpublish and restore each take a reason and a version, and both are recorded', async () => {
      const c = await item();
      const unpublish = { reason: 'Innehåller personuppgifter', version: 1 };
      expect((await c.anonymous.post(`${c.url}/unpublish`, unpublish)).statusCode).toBe(401);
      for (const refused of [c.outsider, c.member, c.owner]) {
        expect((await refused.post(`${c.url}/unpublish`, unpublish)).statusCode).toBe(403);
      }
      expect(await stored(c.id)).toMatchObject({ unpublishedAt: null, version: 1 });

      const unpublished = await c.curator.post(`${c.url}/unpublish`, unpublish);
      expect(unpublished.statusCode, unpublished.body).toBe(200);
      expect(kind.schema.parse(unpublished.json())).toMatchObject({ unpublishedReason: unpublish.reason, version: 2 });
      expect((await c.anonymous.get(c.url)).statusCode).toBe(404);
      expect((await c.outsider.get(c.url)).statusCode).toBe(404);
      const seenByMember = kind.schema.parse((await c.member.get(c.url)).json());
      expect(seenByMember.unpublishedReason).toBe(unpublish.reason);

      const restore = { reason: 'Uppgifterna är borttagna', version: 2 };
      expect((await c.anonymous.post(`${c.url}/restore`, restore)).statusCode).toBe(401);
      expect((await c.owner.post(`${c.url}/restore`, restore)).statusCode).toBe(403);
      const restored = await c.curator.post(`${c.url}/restore`, restore);
      expect(kind.schema.parse(restored.json())).toMatchObject({
        unpublishedAt: null,
        unpublishedReason: null,
        version: 3,
      });
      expect((await c.anonymous.get(c.url)).statusCode).toBe(200);

      const name = kind.path.slice(0, -1);
      expect(await auditOf(c.id)).toEqual([
        { action: `${name}.unpublish`, actorId: c.users.curator.id, data: { reason: unpublish.reason } },
        { action: `${name}.restore`, actorId: c.users.curator.id, data: { reason: restore.reason } },
      ]);
    });

    it('answers a repeated unpublish or restore with 409 CONFLICT and changes nothing', async () => {
      const c = await item();
      const restoreFirst = await c.curator.post(`${c.url}/restore`, { reason: 'Inget att återställa', version: 1 });
      expect(restoreFirst.statusCode).toBe(409);
      expect(errorOf(restoreFirst.body)).toMatchObject({ code: 'CONFLICT', details: { unpublished: false } });

      expect((await c.curator.post(`${c.url}/unpublish`, { reason: 'Första gången', version: 1 })).statusCode).toBe(
        200,
      );
      const again = await c.curator.post(`${c.url}/unpublish`, { reason: 'Andra gången', version: 2 });
      expect(again.statusCode).toBe(409);
      expect(errorOf(again.body)).toMatchObject({ code: 'CONFLICT', details: { unpublished: true } });
      const row = await stored(c.id);
      expect(row).toMatchObject({ version: 2 });
      expect(kind.schema.parse((await c.curator.get(c.url)).json()).unpublishedReason).toBe('Första gången');

      expect((await c.curator.post(`${c.url}/restore`, { reason: 'Rättat', version: 2 })).statusCode).toBe(200);
      const restoredAgain = await c.curator.post(`${c.url}/restore`, { reason: 'Igen', version: 3 });
      expect(errorOf(restoredAgain.body).code).toBe('CONFLICT');
      expect((await auditOf(c.id)).map((a) => a.action.split('.')[1])).toEqual(['unpublish', 'restore']);
    });

    it('answers a stale version with 409 VERSION_CONFLICT, after an edit the curator did not see', async () => {
      const c = await item();
      expect((await c.member.patch(c.url, { summary: 'Ändrad', version: 1 })).statusCode).toBe(200);
      const stale = await c.curator.post(`${c.url}/unpublish`, { reason: 'Såg en äldre version', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(errorOf(stale.body)).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 2 } });
      expect(await stored(c.id)).toMatchObject({ unpublishedAt: null, version: 2 });
    });

    it('refuses a body without a reason or a version (400), both ways', async () => {
      const c = await item();
      for (const body of [{ version: 1 }, { reason: 'Ingen version' }, { reason: 'x', version: 1 }]) {
        const response = await c.curator.post(`${c.url}/unpublish`, body);
        expect(response.statusCode).toBe(400);
        expect(errorOf(response.body).code).toBe('VALIDATION_FAILED');
      }
      expect((await c.curator.post(`${c.url}/unpublish`, { reason: 'Felaktigt', version: 1 })).statusCode).toBe(200);
      const noReason = await c.curator.post(`${c.url}/restore`, { version: 2 });
      expect(noReason.statusCode).toBe(400);
      expect(await stored(c.id)).toMatchObject({ version: 2 });
      expect((await stored(c.id)).unpublishedAt).not.toBeNull();
    });
  });
});
