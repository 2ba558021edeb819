import {
  DIARY_IMAGE_MAX_BYTES,
  type CreateDiaryPostBody,
  type DiaryImageUploaded,
  type DiaryLink,
  type DiaryPost,
  type DiaryPostList,
  type ListDiaryQuery,
  type ModerateBody,
  type ModerationAction,
  type UpdateDiaryPostBody,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import type { Prisma } from '../../generated/prisma/client';
import { isCurator, loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { audit } from '../../lib/audit';
import type { Notifier } from '../../lib/collaborators';
import { toDate } from '../../lib/dates';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { findVisibleLab, isLabInsider, requireLabWriter, type LabRef } from '../../lib/lab-access';
import { isVisible } from '../../lib/visibility';
import { diaryImageUrl, diaryPostInclude, toDiaryPost, type DiaryPostRow } from './diary.mappers';

type Tx = Prisma.TransactionClient;

const PUBLIC_IDEA_STATUSES = ['PUBLISHED', 'CONVERTED'] as const;

/** What the public reads: published, not taken down, in a lab that is not taken down (diary feeds too). */
export const publicPostWhere = {
  publishedAt: { not: null },
  unpublishedAt: null,
  // An unverified organisation's lab is seen by itself and the curators only (decisions §24).
  lab: { unpublishedAt: null, organisation: { verification: 'VERIFIED' } },
} satisfies Prisma.DiaryPostWhereInput;

/** The first bytes of each accepted image type: the declared type must match the content. */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

function invalidField(path: (string | number)[], message: string, code: string) {
  return new AppError('VALIDATION_FAILED', message, { part: 'body', issues: [{ path, message, code }] });
}

function postVisible(viewer: Viewer, row: DiaryPostRow): boolean {
  return (
    isVisible(viewer, row.lab) &&
    isVisible(viewer, {
      organisationId: row.lab.organisationId,
      organisation: row.lab.organisation,
      unpublishedAt: row.unpublishedAt,
      isDraft: row.publishedAt === null,
    })
  );
}

export function createDiaryService(deps: { prisma: PrismaClient; notifier: Notifier }) {
  const { prisma, notifier } = deps;

  /** Each post's links as far as the reader may see them: ideas the public sees, challenges not hidden, matches only inside. */
  async function present(viewer: Viewer, rows: DiaryPostRow[]): Promise<DiaryPost[]> {
    const ids = (kind: string) => [
      ...new Set(rows.flatMap((r) => r.links.filter((l) => l.kind === kind).map((l) => l.targetId))),
    ];
    const [ideas, challenges, matches] = await Promise.all([
      prisma.idea.findMany({
        where: { id: { in: ids('IDEA') } },
        select: { id: true, title: true, status: true, labId: true },
      }),
      prisma.challenge.findMany({
        where: { id: { in: ids('CHALLENGE') } },
        select: {
          id: true,
          title: true,
          organisationId: true,
          unpublishedAt: true,
          status: true,
          organisation: { select: { verification: true } },
        },
      }),
      prisma.match.findMany({
        where: { id: { in: ids('MATCH') } },
        select: {
          id: true,
          challenge: { select: { title: true, organisationId: true } },
          offering: { select: { title: true, organisationId: true } },
        },
      }),
    ]);
    return rows.map((row) => {
      const insider = isLabInsider(viewer, row.lab);
      const links: DiaryLink[] = [];
      for (const link of row.links) {
        if (link.kind === 'IDEA') {
          const idea = ideas.find((i) => i.id === link.targetId);
          if (idea && (insider || (PUBLIC_IDEA_STATUSES as readonly string[]).includes(idea.status))) {
            links.push({ kind: 'IDEA', id: idea.id, title: idea.title });
          }
        } else if (link.kind === 'CHALLENGE') {
          const challenge = challenges.find((c) => c.id === link.targetId);
          if (challenge && isVisible(viewer, { ...challenge, isDraft: challenge.status === 'DRAFT' })) {
            links.push({ kind: 'CHALLENGE', id: challenge.id, title: challenge.title });
          }
        } else {
          // A match's page is for its two organisations and the curators only.
          const match = matches.find((m) => m.id === link.targetId);
          const party =
            match &&
            (isCurator(viewer.user) ||
              viewer.organisationIds.includes(match.challenge.organisationId) ||
              viewer.organisationIds.includes(match.offering.organisationId));
          if (match && party) {
            links.push({ kind: 'MATCH', id: match.id, title: `${match.challenge.title} – ${match.offering.title}` });
          }
        }
      }
      return toDiaryPost(row, links, insider);
    });
  }

  /** Links name the lab's own ideas, its company's challenges, and matches on those challenges. */
  async function checkLinks(lab: LabRef, links: CreateDiaryPostBody['links']) {
    const seen = new Set<string>();
    const unique = links.filter((l) => {
      const key = `${l.kind}:${l.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (const [index, link] of links.entries()) {
      const exists =
        link.kind === 'IDEA'
          ? await prisma.idea.count({ where: { id: link.id, labId: lab.id } })
          : link.kind === 'CHALLENGE'
            ? await prisma.challenge.count({ where: { id: link.id, organisationId: lab.organisationId } })
            : await prisma.match.count({ where: { id: link.id, challenge: { organisationId: lab.organisationId } } });
      if (!exists)
        throw invalidField(
          ['links', index, 'id'],
          'Link to the lab’s own ideas, challenges and matches',
          'unknown_link',
        );
    }
    return unique;
  }

  async function checkImage(lab: LabRef, imageId: string | null, postId?: string) {
    if (!imageId) return;
    const image = await prisma.diaryImage.findUnique({
      where: { id: imageId },
      select: { labId: true, post: { select: { id: true } } },
    });
    if (image?.labId !== lab.id || (image.post && image.post.id !== postId)) {
      throw invalidField(['imageId'], 'Upload the image to this lab’s diary first', 'unknown_image');
    }
  }

  async function findPost(viewer: Viewer, id: string): Promise<DiaryPostRow> {
    const row = await prisma.diaryPost.findUnique({ where: { id }, include: diaryPostInclude });
    if (!row || !postVisible(viewer, row)) throw notFound('The diary post');
    return row;
  }

  async function presentOne(viewer: Viewer, id: string): Promise<DiaryPost> {
    const [post] = await present(viewer, [await findPost(viewer, id)]);
    if (!post) throw notFound('The diary post');
    return post;
  }

  /** Followers of the lab hear of a post when it is first published. */
  function tellFollowers(tx: Tx, lab: LabRef, actor: AuthUser, title: string) {
    return notifier.followersOf(tx, {
      target: { kind: 'LAB', id: lab.id },
      kind: 'LAB_DIARY_POST',
      actorId: actor.id,
      payload: { labId: lab.id, labName: lab.name, itemTitle: title, actorName: actor.name },
    });
  }

  function stale(currentVersion?: number) {
    return new AppError(
      'VERSION_CONFLICT',
      'Someone else changed this diary post in the meantime; reload to see their changes',
      currentVersion === undefined ? undefined : { currentVersion },
    );
  }

  return {
    /** The lab's diary, newest first; its own people also see drafts and taken-down posts. */
    async list(labId: string, query: ListDiaryQuery, user: AuthUser | undefined): Promise<DiaryPostList> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      const where: Prisma.DiaryPostWhereInput = isLabInsider(viewer, lab) ? { labId } : { labId, ...publicPostWhere };
      const [total, rows] = await Promise.all([
        prisma.diaryPost.count({ where }),
        prisma.diaryPost.findMany({
          where,
          include: diaryPostInclude,
          // Drafts (no publishedAt) first for their writers, then the newest.
          orderBy: [{ postedOn: 'desc' }, { publishedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
          skip: (query.page - 1) * query.pageSize,
          take: query.pageSize,
        }),
      ]);
      return { items: await present(viewer, rows), total, page: query.page, pageSize: query.pageSize };
    },

    async get(id: string, user: AuthUser | undefined): Promise<DiaryPost> {
      return presentOne(await loadViewer(prisma, user), id);
    },

    async create(user: AuthUser, labId: string, body: CreateDiaryPostBody, requestId: string): Promise<DiaryPost> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      requireLabWriter(viewer, lab, 'diary');
      const links = await checkLinks(lab, body.links);
      await checkImage(lab, body.imageId);
      const id = await prisma.$transaction(async (tx) => {
        const created = await tx.diaryPost.create({
          data: {
            labId,
            authorId: user.id,
            title: body.title,
            body: body.body,
            ...(body.postedOn ? { postedOn: toDate(body.postedOn) ?? undefined } : {}),
            publishedAt: body.published ? new Date() : null,
            imageId: body.imageId,
            imageAlt: body.imageId ? body.imageAlt : null,
            links: { create: links.map((l) => ({ kind: l.kind, targetId: l.id })) },
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'diaryPost.create',
          entityType: 'DiaryPost',
          entityId: created.id,
          data: { labId, published: body.published },
          requestId,
        });
        if (body.published) await tellFollowers(tx, lab, user, body.title);
        return created.id;
      });
      return presentOne(viewer, id);
    },

    /** Replaces the post; publishing a draft tells the lab's followers, once. */
    async update(user: AuthUser, id: string, body: UpdateDiaryPostBody, requestId: string): Promise<DiaryPost> {
      const viewer = await loadViewer(prisma, user);
      const row = await findPost(viewer, id);
      const lab = await findVisibleLab(prisma, viewer, row.labId);
      requireLabWriter(viewer, lab, 'diary');
      if (row.version !== body.version) throw stale(row.version);
      if (!body.published && row.publishedAt) {
        throw new AppError('CONFLICT', 'A published diary post cannot become a draft again', { published: true });
      }
      const links = await checkLinks(lab, body.links);
      await checkImage(lab, body.imageId, id);
      const publishes = body.published && row.publishedAt === null;
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.diaryPost.updateMany({
          where: { id, version: body.version },
          data: {
            title: body.title,
            body: body.body,
            postedOn: toDate(body.postedOn) ?? row.postedOn,
            imageId: body.imageId,
            imageAlt: body.imageId ? body.imageAlt : null,
            ...(publishes ? { publishedAt: new Date() } : {}),
            version: { increment: 1 },
          },
        });
        if (count === 0) throw stale();
        await tx.diaryPostLink.deleteMany({ where: { postId: id } });
        await tx.diaryPostLink.createMany({ data: links.map((l) => ({ postId: id, kind: l.kind, targetId: l.id })) });
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: publishes ? 'diaryPost.publish' : 'diaryPost.update',
          entityType: 'DiaryPost',
          entityId: id,
          requestId,
        });
        if (publishes) await tellFollowers(tx, lab, user, body.title);
      });
      return presentOne(viewer, id);
    },

    /** Curators take a post off the public pages or put it back, saying why (as for every published kind). */
    async moderate(
      user: AuthUser,
      id: string,
      action: ModerationAction,
      body: ModerateBody,
      requestId: string,
    ): Promise<DiaryPost> {
      if (!isCurator(user)) throw forbidden('Only curators unpublish and restore');
      const viewer = await loadViewer(prisma, user);
      const row = await findPost(viewer, id);
      const unpublish = action === 'unpublish';
      if (unpublish === (row.unpublishedAt !== null)) {
        throw new AppError(
          'CONFLICT',
          unpublish ? 'The diary post is already unpublished' : 'The diary post is not unpublished',
          {
            unpublished: row.unpublishedAt !== null,
          },
        );
      }
      if (body.version !== row.version) throw stale(row.version);
      await prisma.$transaction(async (tx) => {
        const { count } = await tx.diaryPost.updateMany({
          where: { id, version: body.version },
          data: unpublish
            ? { unpublishedAt: new Date(), unpublishedReason: body.reason, version: { increment: 1 } }
            : { unpublishedAt: null, unpublishedReason: null, version: { increment: 1 } },
        });
        if (count === 0) throw stale();
        await audit(tx, {
          actorId: user.id,
          organisationId: row.lab.organisationId,
          action: `diaryPost.${action}`,
          entityType: 'DiaryPost',
          entityId: id,
          data: { reason: body.reason },
          requestId,
        });
      });
      return presentOne(viewer, id);
    },

    /** Keeps an uploaded image for the lab's diary; a post then names it with its alternative text. */
    async uploadImage(
      user: AuthUser,
      labId: string,
      image: { contentType: string; bytes: Buffer },
      requestId: string,
    ): Promise<DiaryImageUploaded> {
      const viewer = await loadViewer(prisma, user);
      const lab = await findVisibleLab(prisma, viewer, labId);
      requireLabWriter(viewer, lab, 'diary');
      const contentType = image.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      const matches = SIGNATURES[contentType];
      if (!matches?.(image.bytes)) {
        throw new AppError('VALIDATION_FAILED', 'Send a JPEG, PNG or WebP image', {
          part: 'body',
          issues: [{ path: [], message: 'The content is not the declared image type', code: 'image_type' }],
        });
      }
      if (image.bytes.length === 0 || image.bytes.length > DIARY_IMAGE_MAX_BYTES) {
        throw new AppError('VALIDATION_FAILED', 'The image is too large', {
          part: 'body',
          issues: [{ path: [], message: `At most ${DIARY_IMAGE_MAX_BYTES} bytes`, code: 'too_big' }],
        });
      }
      const created = await prisma.$transaction(async (tx) => {
        const row = await tx.diaryImage.create({
          data: {
            labId,
            uploadedById: user.id,
            contentType,
            size: image.bytes.length,
            bytes: new Uint8Array(image.bytes),
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: user.id,
          organisationId: lab.organisationId,
          action: 'diaryImage.create',
          entityType: 'DiaryImage',
          entityId: row.id,
          data: { size: image.bytes.length, contentType },
          requestId,
        });
        return row;
      });
      return { id: created.id, url: diaryImageUrl(created.id), contentType, size: image.bytes.length };
    },

    /** An image of a post the reader may see; an image not yet in a post only to the lab's own people. */
    async image(
      id: string,
      user: AuthUser | undefined,
    ): Promise<{ contentType: string; bytes: Buffer; public: boolean }> {
      const viewer = await loadViewer(prisma, user);
      const image = await prisma.diaryImage.findUnique({
        where: { id },
        select: {
          contentType: true,
          bytes: true,
          lab: { select: { organisationId: true, unpublishedAt: true } },
          post: { include: diaryPostInclude },
        },
      });
      if (!image) throw notFound('The image');
      const visible = image.post ? postVisible(viewer, image.post) : isLabInsider(viewer, image.lab);
      if (!visible) throw notFound('The image');
      const isPublic = Boolean(
        image.post && postVisible({ user: null, curator: false, organisationIds: [] }, image.post),
      );
      return { contentType: image.contentType, bytes: Buffer.from(image.bytes), public: isPublic };
    },
  };
}

export type DiaryService = ReturnType<typeof createDiaryService>;
