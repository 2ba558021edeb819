import type {
  CreateMeetingBody,
  Meeting,
  MeetingFormOptions,
  MeetingList,
  UpdateMeetingBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { audit } from '../../lib/audit';
import type { Notifier } from '../../lib/collaborators';
import { toDate } from '../../lib/dates';
import { AppError, notFound } from '../../lib/errors';
import { findVisibleLab, isLabInsider, requireLabWriter, type LabRef } from '../../lib/lab-access';
import { meetingInclude, toMeeting, type MeetingRow } from './meetings.mappers';

type Tx = Prisma.TransactionClient;

/** Ideas the public sees; the lab's own people also see pending and rejected ones. */
const PUBLIC_IDEA_STATUSES = ['PUBLISHED', 'CONVERTED'] as const;

function invalidField(path: (string | number)[], message: string, code: string) {
  return new AppError('VALIDATION_FAILED', message, { part: 'body', issues: [{ path, message, code }] });
}

export function createMeetingsService(deps: { prisma: PrismaClient; notifier: Notifier }) {
  const { prisma, notifier } = deps;

  async function present(viewer: Viewer, lab: LabRef, rows: MeetingRow[]): Promise<Meeting[]> {
    const insider = isLabInsider(viewer, lab);
    const ideaIds = [...new Set(rows.flatMap((row) => row.ideas.map((i) => i.ideaId)))];
    // MeetingIdea has no foreign key to Idea (see schema.prisma): a deleted idea drops out here.
    const ideas = await prisma.idea.findMany({
      where: { id: { in: ideaIds }, ...(insider ? {} : { status: { in: [...PUBLIC_IDEA_STATUSES] } }) },
      select: { id: true, title: true },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => {
      const linked = new Set(row.ideas.map((i) => i.ideaId));
      return toMeeting(
        row,
        ideas.filter((idea) => linked.has(idea.id)),
        { exact: insider },
        insider,
      );
    });
  }

  /** What a meeting names must exist: a library method, and ideas of this lab. */
  async function checkReferences(lab: LabRef, body: CreateMeetingBody | UpdateMeetingBody) {
    if (body.methodId) {
      const method = await prisma.method.findUnique({ where: { id: body.methodId }, select: { id: true } });
      if (!method) throw invalidField(['methodId'], 'No such method', 'unknown_method');
    }
    const ideaIds = [...new Set(body.ideaIds)];
    const found = await prisma.idea.findMany({ where: { id: { in: ideaIds }, labId: lab.id }, select: { id: true } });
    const known = new Set(found.map((i) => i.id));
    const unknown = body.ideaIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalidField(['ideaIds', unknown], 'Choose one of the lab’s ideas', 'unknown_idea');
    return ideaIds;
  }

  function columns(body: CreateMeetingBody | UpdateMeetingBody) {
    return {
      methodId: body.methodId,
      otherMethodName: body.methodId ? null : body.otherMethodName,
      heldOn: toDate(body.heldOn) ?? new Date(),
      place: body.place,
      participants: body.participants,
      women: body.gender?.women ?? null,
      men: body.gender?.men ?? null,
      genderOther: body.gender?.other ?? null,
      parents: body.parents,
      summary: body.summary,
    };
  }

  async function findMeeting(lab: LabRef, meetingId: string): Promise<MeetingRow> {
    const row = await prisma.meeting.findUnique({ where: { id: meetingId }, include: meetingInclude });
    if (row?.labId !== lab.id) throw notFound('The meeting');
    return row;
  }

  async function presentOne(viewer: Viewer, lab: LabRef, id: string): Promise<Meeting> {
    const [meeting] = await present(viewer, lab, [await findMeeting(lab, id)]);
    if (!meeting) throw notFound('The meeting');
    return meeting;
  }

  return {
    /** The methods and the lab's ideas a meeting may name, for the lab's own people. */
    async formOptions(labId: string, user: AuthUser): Promise<MeetingFormOptions> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      requireLabWriter(viewer, lab, 'meetings');
      const [methods, ideas] = await Promise.all([
        prisma.method.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: 'asc' } }),
        prisma.idea.findMany({
          where: { labId },
          select: { id: true, title: true },
          orderBy: { createdAt: 'desc' },
          take: 200,
        }),
      ]);
      return { methods, ideas };
    },

    /** The lab's meetings, the latest first. */
    async list(labId: string, user: AuthUser | undefined): Promise<MeetingList> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      const rows = await prisma.meeting.findMany({
        where: { labId },
        include: meetingInclude,
        orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }],
        // A lab meets a few times a month at most; a page of 200 is years of meetings.
        take: 200,
      });
      return { items: await present(viewer, lab, rows) };
    },

    async create(user: AuthUser, labId: string, body: CreateMeetingBody, requestId: string): Promise<Meeting> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      requireLabWriter(viewer, lab, 'meetings');
      const ideaIds = await checkReferences(lab, body);
      const id = await prisma.$transaction(async (tx) => {
        const created = await tx.meeting.create({
          data: {
            ...columns(body),
            labId,
            recordedById: user.id,
            ideas: { create: ideaIds.map((ideaId) => ({ ideaId })) },
          },
          include: { method: { select: { name: true } } },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'meeting.create',
          entityType: 'Meeting',
          entityId: created.id,
          data: { labId, participants: body.participants, ideas: ideaIds.length },
          requestId,
        });
        await tellFollowers(tx, lab, user.id, created.method?.name ?? created.otherMethodName ?? '');
        return created.id;
      });
      return presentOne(viewer, lab, id);
    },

    /** Replaces the record; a stale version answers 409 VERSION_CONFLICT. */
    async update(
      user: AuthUser,
      labId: string,
      meetingId: string,
      body: UpdateMeetingBody,
      requestId: string,
    ): Promise<Meeting> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      requireLabWriter(viewer, lab, 'meetings');
      const row = await findMeeting(lab, meetingId);
      if (row.version !== body.version) throw stale(row.version);
      const ideaIds = await checkReferences(lab, body);
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.meeting.updateMany({
          where: { id: meetingId, version: body.version },
          data: { ...columns(body), version: { increment: 1 } },
        });
        if (count === 0) throw stale();
        await tx.meetingIdea.deleteMany({ where: { meetingId } });
        await tx.meetingIdea.createMany({ data: ideaIds.map((ideaId) => ({ meetingId, ideaId })) });
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'meeting.update',
          entityType: 'Meeting',
          entityId: meetingId,
          data: { participants: body.participants, ideas: ideaIds.length },
          requestId,
        });
      });
      return presentOne(viewer, lab, meetingId);
    },

    async remove(user: AuthUser, labId: string, meetingId: string, requestId: string): Promise<void> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      requireLabWriter(viewer, lab, 'meetings');
      await findMeeting(lab, meetingId);
      await prisma.$transaction(async (tx) => {
        await tx.meeting.delete({ where: { id: meetingId } });
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'meeting.delete',
          entityType: 'Meeting',
          entityId: meetingId,
          requestId,
        });
      });
    },
  };

  function tellFollowers(tx: Tx, lab: LabRef, actorId: string, methodName: string) {
    return notifier.followersOf(tx, {
      target: { kind: 'LAB', id: lab.id },
      kind: 'LAB_MEETING',
      actorId,
      payload: { labId: lab.id, labName: lab.name, itemTitle: methodName },
    });
  }
}

function stale(currentVersion?: number) {
  return new AppError(
    'VERSION_CONFLICT',
    'Someone else changed this meeting in the meantime; reload to see their changes',
    currentVersion === undefined ? undefined : { currentVersion },
  );
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
