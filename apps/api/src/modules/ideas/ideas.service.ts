import {
  COMMENT_REPORTS_TO_HIDE,
  IDEA_TRANSITIONS,
  PUBLIC_IDEA_STATUSES,
  type CreateIdeaBody,
  type CreatedIdea,
  type Idea,
  type IdeaAction,
  type IdeaFollowUp,
  type IdeaStatus,
  type IdeaList,
  type IdeaPath,
  type ListIdeasQuery,
  type ModerateCommentBody,
  type SupportResult,
} from '@motesplats/contracts';
import type { Config } from '../../config';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { canEditAs, loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { audit } from '../../lib/audit';
import type { Notifier } from '../../lib/collaborators';
import { AppError, forbidden, notFound } from '../../lib/errors';
import type { Limiters } from '../../lib/limits';
import { sha256 } from '../../lib/tokens';
import { isVisible } from '../../lib/visibility';
import { createFollowUpLink, queueIdeaEmail } from './ideas.jobs';
import type { IdeaEvent } from './ideas.mails';
import {
  commentInclude,
  ideaInclude,
  pathMatchSelect,
  toIdea,
  toIdeaComment,
  toIdeaFollowUp,
  toIdeaSummary,
  toPathMatches,
  type IdeaRow,
} from './ideas.mappers';
import { insertSupport, searchIdeas } from './ideas.queries';

type Tx = Prisma.TransactionClient;

/** Who is writing without (necessarily) an account: the request's address and browser. */
export interface Visitor {
  user: AuthUser | undefined;
  /** sha256 of the signed visitor cookie's value; undefined when the browser has none yet. */
  browserKey: string | undefined;
}

const EVENT_OF: Record<IdeaAction, IdeaEvent> = {
  publish: 'PUBLISHED',
  decline: 'DECLINED',
  unpublish: 'UNPUBLISHED',
  restore: 'RESTORED',
};

const LAB_WINDOW_SECONDS = 3600;

export function createIdeasService(deps: {
  prisma: PrismaClient;
  limits: Limiters;
  notifier: Notifier;
  config: Pick<Config, 'IDEA_LAB_RATE_LIMIT'>;
}) {
  const { prisma, limits, notifier, config } = deps;

  const isPublic = (row: { status: IdeaRow['status'] }) => PUBLIC_IDEA_STATUSES.includes(row.status);
  /** The lab's housing company (its members), curators and administrators. */
  const mayModerate = (viewer: Viewer, row: IdeaRow) => viewer.curator || canEditAs(viewer, row.lab.organisationId);

  const stale = (currentVersion: number) =>
    new AppError('VERSION_CONFLICT', 'Someone else changed this idea in the meantime; reload to see it', {
      currentVersion,
    });

  /** Counts a resident's write against the lab's hourly allowance (IDEA_LAB_RATE_LIMIT). */
  const countForLab = (labId: string) =>
    limits.consume(
      `ideas:lab:${labId}`,
      { points: config.IDEA_LAB_RATE_LIMIT, durationSeconds: LAB_WINDOW_SECONDS },
      { message: 'This lab receives very many ideas and supports just now; try again later' },
    );

  /**
   * The idea's followers hear of its new status in the moderator's transaction. A change the
   * public never saw (a pending idea declined) reaches only the followers still inside the lab's
   * company, and curators: only they could follow it while it waited.
   */
  function tellFollowers(tx: Tx, user: AuthUser, row: IdeaRow, to: IdeaStatus): Promise<void> {
    const seenByPublic = isPublic(row) || isPublic({ status: to });
    return notifier.followersOf(tx, {
      target: { kind: 'IDEA', id: row.id },
      kind: 'IDEA_STATUS_CHANGED',
      actorId: user.id,
      payload: { ideaId: row.id, ideaTitle: row.title, ideaStatus: to },
      ...(seenByPublic ? {} : { insidersOf: row.lab.organisationId }),
    });
  }

  async function findVisible(viewer: Viewer, id: string): Promise<IdeaRow> {
    const row = await prisma.idea.findUnique({ where: { id }, include: ideaInclude });
    if (!row || !(isPublic(row) || mayModerate(viewer, row))) throw notFound('The idea');
    return row;
  }

  /** What became of the idea, as far as this reader may see. */
  async function pathOf(viewer: Viewer, row: IdeaRow): Promise<IdeaPath> {
    if (!row.challengeId) return { challenge: null, matches: [] };
    const challenge = await prisma.challenge.findUnique({
      where: { id: row.challengeId },
      select: {
        id: true,
        title: true,
        status: true,
        organisationId: true,
        organisation: { select: { verification: true } },
        unpublishedAt: true,
        matches: { select: pathMatchSelect, orderBy: { createdAt: 'asc' } },
      },
    });
    if (!challenge) return { challenge: null, matches: [] };
    // A draft challenge is being prepared: the reader learns that the idea became one, not more.
    if (!isVisible(viewer, { ...challenge, isDraft: challenge.status === 'DRAFT' })) {
      return { challenge: null, matches: [] };
    }
    return {
      challenge: { id: challenge.id, title: challenge.title, status: challenge.status },
      matches: toPathMatches(challenge.matches),
    };
  }

  async function present(viewer: Viewer, row: IdeaRow, browserKey: string | undefined): Promise<Idea> {
    const moderator = mayModerate(viewer, row);
    const [comments, support] = await Promise.all([
      prisma.comment.findMany({
        where: { ideaId: row.id },
        include: { ...commentInclude, reports: { select: { createdAt: true } } },
        orderBy: { createdAt: 'asc' },
        take: 200,
      }),
      viewer.user || browserKey
        ? prisma.ideaSupport.findFirst({
            where: { ideaId: row.id, ...(viewer.user ? { userId: viewer.user.id } : { anonymousKey: browserKey }) },
            select: { id: true },
          })
        : null,
    ]);
    const reportsSinceReview = (c: (typeof comments)[number]) =>
      c.reports.filter((r) => !c.reviewedAt || r.createdAt > c.reviewedAt).length;
    return toIdea(row, {
      path: await pathOf(viewer, row),
      comments: comments.map((c) => toIdeaComment(c, moderator, reportsSinceReview(c))),
      supported: support !== null,
      canModerate: moderator,
      canComment: viewer.user !== null && row.status === 'PUBLISHED',
    });
  }

  async function requireModerator(user: AuthUser, id: string): Promise<{ viewer: Viewer; row: IdeaRow }> {
    const viewer = await loadViewer(prisma, user);
    const row = await findVisible(viewer, id);
    if (!mayModerate(viewer, row)) throw forbidden('Only the lab’s housing company and curators moderate its ideas');
    return { viewer, row };
  }

  /** A write on a published idea only: supports, comments and reports. */
  async function findPublished(id: string): Promise<IdeaRow> {
    const row = await prisma.idea.findUnique({ where: { id }, include: ideaInclude });
    if (!row || !isPublic(row)) throw notFound('The idea');
    return row;
  }

  return {
    async create(visitor: Visitor, body: CreateIdeaBody, requestId: string): Promise<CreatedIdea> {
      const lab = await prisma.lab.findUnique({ where: { id: body.labId }, select: { id: true, unpublishedAt: true } });
      if (!lab || lab.unpublishedAt) {
        throw new AppError('VALIDATION_FAILED', 'Choose one of the labs', {
          part: 'body',
          issues: [{ path: ['labId'], message: 'Choose one of the labs', code: 'invalid' }],
        });
      }
      await countForLab(lab.id);
      const { id, token } = await prisma.$transaction(async (tx) => {
        const idea = await tx.idea.create({
          data: {
            labId: lab.id,
            title: body.title,
            body: body.body,
            focusArea: body.focusArea,
            authorName: body.name,
            authorId: visitor.user?.id ?? null,
            contactEmail: body.email,
          },
          select: { id: true, version: true },
        });
        const secret = await createFollowUpLink(tx, idea.id);
        await queueIdeaEmail(tx, idea, 'RECEIVED');
        // The audit row records that an idea came, never who sent it or their address.
        await audit(tx, {
          actorId: visitor.user?.id ?? null,
          action: 'idea.create',
          entityType: 'Idea',
          entityId: idea.id,
          requestId,
        });
        return { id: idea.id, token: secret };
      });
      return { id, followUpToken: token };
    },

    async list(query: ListIdeasQuery, user: AuthUser | undefined): Promise<IdeaList> {
      const viewer = await loadViewer(prisma, user);
      const found = await searchIdeas(prisma, viewer, query);
      const rows = await prisma.idea.findMany({ where: { id: { in: found.ids } }, include: ideaInclude });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return {
        items: found.ids.flatMap((id) => {
          const row = byId.get(id);
          return row ? [toIdeaSummary(row)] : [];
        }),
        total: found.total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(id: string, visitor: Visitor): Promise<Idea> {
      const viewer = await loadViewer(prisma, visitor.user);
      return present(viewer, await findVisible(viewer, id), visitor.browserKey);
    },

    /** The sender's view through the private link: any status, never another idea. */
    async followUp(token: string): Promise<IdeaFollowUp> {
      const link = await prisma.ideaFollowUpLink.findUnique({
        where: { tokenHash: sha256(token) },
        select: { idea: { include: ideaInclude } },
      });
      if (!link) throw notFound('The link');
      const row = link.idea;
      // The sender sees what the public sees of the path; their own idea in every status.
      return toIdeaFollowUp(row, await pathOf(await loadViewer(prisma, undefined), row));
    },

    /**
     * The sender takes back the address they gave: no more e-mail about the idea, and the
     * e-mails already sent to it are forgotten unless the address is still kept for something
     * else (another idea of theirs, or an account).
     */
    async removeContactEmail(token: string, requestId: string): Promise<IdeaFollowUp> {
      const link = await prisma.ideaFollowUpLink.findUnique({
        where: { tokenHash: sha256(token) },
        select: { ideaId: true },
      });
      if (!link) throw notFound('The link');
      await prisma.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ contactEmail: string | null }[]>`
          SELECT "contactEmail" FROM "Idea" WHERE "id" = ${link.ideaId}::uuid FOR UPDATE`;
        const email = rows[0]?.contactEmail;
        if (!email) return;
        await tx.idea.update({ where: { id: link.ideaId }, data: { contactEmail: null } });
        const stillKept =
          (await tx.idea.count({ where: { contactEmail: email } })) + (await tx.user.count({ where: { email } }));
        if (stillKept === 0) await tx.outboundEmail.deleteMany({ where: { to: email } });
        // Like the idea's own audit row: that it happened, never the address.
        await audit(tx, {
          actorId: null,
          action: 'idea.contact_email_remove',
          entityType: 'Idea',
          entityId: link.ideaId,
          requestId,
        });
      });
      return this.followUp(token);
    },

    /**
     * Publish, decline (saying why, which the sender is told), take off the public pages or
     * put back (saying why), along IDEA_TRANSITIONS, at the version the moderator saw.
     */
    async moderate(
      user: AuthUser,
      id: string,
      action: IdeaAction,
      body: { version: number; reason?: string },
      requestId: string,
    ): Promise<Idea> {
      const { viewer, row } = await requireModerator(user, id);
      const transition = IDEA_TRANSITIONS[action];
      if (!transition.from.includes(row.status)) {
        throw new AppError('CONFLICT', `An idea cannot be ${action}ed from ${row.status}`, {
          from: row.status,
          action,
        });
      }
      if (body.version !== row.version) throw stale(row.version);
      const reason = transition.needsReason ? (body.reason ?? null) : null;
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.idea.updateMany({
          where: { id, version: body.version },
          data: {
            status: transition.to,
            version: { increment: 1 },
            moderatedById: user.id,
            moderationReason: reason,
            closedAt: transition.to === 'REJECTED' ? new Date() : null,
          },
        });
        if (count === 0) throw stale(row.version);
        await queueIdeaEmail(tx, { id, version: body.version + 1 }, EVENT_OF[action]);
        await tellFollowers(tx, user, row, transition.to);
        await audit(tx, {
          actorId: user.id,
          organisationId: row.lab.organisationId,
          action: `idea.${action}`,
          entityType: 'Idea',
          entityId: id,
          data: { from: row.status, to: transition.to, ...(reason ? { reason } : {}) },
          requestId,
        });
      });
      return present(viewer, await findVisible(viewer, id), undefined);
    },

    /**
     * The lab's housing company (or a curator) turns a published idea into a draft challenge of
     * that company, filled in from the idea; the idea links to it and the sender is told.
     */
    async convert(user: AuthUser, id: string, version: number, requestId: string): Promise<{ challengeId: string }> {
      const { row } = await requireModerator(user, id);
      if (row.status !== 'PUBLISHED') {
        throw new AppError('CONFLICT', 'Only a published idea can become a challenge', { from: row.status });
      }
      if (version !== row.version) throw stale(row.version);
      const lab = await prisma.lab.findUniqueOrThrow({
        where: { id: row.labId },
        select: { organisationId: true, municipalityCode: true, neighbourhood: true, focusAreas: true },
      });
      return prisma.$transaction(async (tx: Tx) => {
        const challenge = await tx.challenge.create({
          data: {
            organisationId: lab.organisationId,
            labId: row.labId,
            title: row.title,
            summary: row.body.slice(0, 500),
            description: row.body,
            focusArea: row.focusArea ?? lab.focusAreas[0] ?? 'SERVICES',
            // The residents are who an idea speaks for; the company narrows this when it edits the draft.
            targetGroups: ['ALL_RESIDENTS'],
            municipalityCode: lab.municipalityCode,
            neighbourhood: lab.neighbourhood,
            status: 'DRAFT',
            createdById: user.id,
          },
          select: { id: true },
        });
        const { count } = await tx.idea.updateMany({
          where: { id, version },
          data: { status: 'CONVERTED', challengeId: challenge.id, version: { increment: 1 }, moderatedById: user.id },
        });
        if (count === 0) throw stale(row.version);
        await queueIdeaEmail(tx, { id, version: version + 1 }, 'CONVERTED');
        await tellFollowers(tx, user, row, 'CONVERTED');
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'idea.convert',
          entityType: 'Idea',
          entityId: id,
          data: { challengeId: challenge.id },
          requestId,
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'challenge.create',
          entityType: 'Challenge',
          entityId: challenge.id,
          data: { status: 'DRAFT', fromIdea: id },
          requestId,
        });
        return { challengeId: challenge.id };
      });
    },

    /**
     * One support per account, or per browser for visitors: a second one is 409 CONFLICT and
     * changes nothing, decided by the unique constraints (not by reading first).
     */
    async support(id: string, visitor: Visitor & { browserKey: string }): Promise<SupportResult> {
      const row = await findPublished(id);
      if (row.status !== 'PUBLISHED') throw new AppError('CONFLICT', 'This idea is no longer open for support');
      await countForLab(row.labId);
      const added = await insertSupport(
        prisma,
        id,
        visitor.user ? { userId: visitor.user.id } : { anonymousKey: visitor.browserKey },
      );
      if (!added) throw new AppError('CONFLICT', 'You already support this idea', { supported: true });
      const { supportCount } = await prisma.idea.findUniqueOrThrow({ where: { id }, select: { supportCount: true } });
      return { supportCount, supported: true };
    },

    async comment(user: AuthUser, id: string, body: string, requestId: string): Promise<Idea> {
      const row = await findPublished(id);
      if (row.status !== 'PUBLISHED') throw new AppError('CONFLICT', 'This idea is no longer open for comments');
      await countForLab(row.labId);
      await prisma.$transaction(async (tx) => {
        const created = await tx.comment.create({
          data: { ideaId: id, authorId: user.id, body },
          select: { id: true },
        });
        await audit(tx, {
          actorId: user.id,
          action: 'comment.create',
          entityType: 'Comment',
          entityId: created.id,
          requestId,
        });
      });
      const viewer = await loadViewer(prisma, user);
      return present(viewer, await findVisible(viewer, id), undefined);
    },

    /**
     * Anyone reports a comment, once each; the third different reporter since a moderator last
     * looked hides it until one looks again. The comment's row lock orders concurrent reports,
     * so two reports that arrive together are both counted by the later one.
     */
    async reportComment(id: string, commentId: string, visitor: Visitor & { browserKey: string }): Promise<void> {
      const row = await findPublished(id);
      await countForLab(row.labId);
      const reporterKey = visitor.user ? `user:${visitor.user.id}` : `browser:${visitor.browserKey}`;
      await prisma.$transaction(async (tx) => {
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Comment" WHERE "id" = ${commentId}::uuid AND "ideaId" = ${id}::uuid FOR UPDATE`;
        if (locked.length === 0) throw notFound('The comment');
        await tx.$executeRaw`
          INSERT INTO "CommentReport" ("commentId", "reporterKey") VALUES (${commentId}::uuid, ${reporterKey})
          ON CONFLICT ("commentId", "reporterKey") DO NOTHING`;
        await tx.$executeRaw`
          UPDATE "Comment" c SET "hiddenAt" = now(), "hiddenReason" = NULL, "hiddenById" = NULL
          WHERE c."id" = ${commentId}::uuid AND c."hiddenAt" IS NULL
            AND (SELECT count(*) FROM "CommentReport" r
                 WHERE r."commentId" = c."id" AND r."createdAt" > COALESCE(c."reviewedAt", '-infinity'))
                >= ${COMMENT_REPORTS_TO_HIDE}`;
      });
    },

    /** The lab's housing company or a curator hides a comment, or shows it again, saying why. */
    async moderateComment(
      user: AuthUser,
      id: string,
      commentId: string,
      body: ModerateCommentBody,
      requestId: string,
    ): Promise<Idea> {
      const { viewer, row } = await requireModerator(user, id);
      const comment = await prisma.comment.findFirst({ where: { id: commentId, ideaId: id }, select: { id: true } });
      if (!comment) throw notFound('The comment');
      const hide = body.action === 'hide';
      await prisma.$transaction(async (tx) => {
        await tx.comment.update({
          where: { id: commentId },
          data: hide
            ? { hiddenAt: new Date(), hiddenById: user.id, hiddenReason: body.reason, reviewedAt: new Date() }
            : { hiddenAt: null, hiddenById: null, hiddenReason: null, reviewedAt: new Date() },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: row.lab.organisationId,
          action: `comment.${body.action}`,
          entityType: 'Comment',
          entityId: commentId,
          data: { reason: body.reason },
          requestId,
        });
      });
      return present(viewer, await findVisible(viewer, id), undefined);
    },
  };
}

export type IdeasService = ReturnType<typeof createIdeasService>;
