import type { DiaryLink, DiaryPost } from '@motesplats/contracts';
import type { Prisma } from '../../generated/prisma/client';
import { dateOnly } from '../../lib/dates';
import { isFormerMember, shownName } from '../../lib/former-member';
import { toSafeHtml } from '../../lib/rich-text';

export const diaryPostInclude = {
  lab: {
    select: {
      id: true,
      name: true,
      slug: true,
      organisationId: true,
      unpublishedAt: true,
      organisation: { select: { verification: true } },
    },
  },
  author: { select: { name: true, deletedAt: true } },
  links: { select: { kind: true, targetId: true } },
} as const;

export type DiaryPostRow = Prisma.DiaryPostGetPayload<{ include: typeof diaryPostInclude }>;

export const diaryImageUrl = (id: string) => `/api/v1/diary-images/${id}`;

/** `links`: the post's links the reader may see, with their titles, already looked up. */
export function toDiaryPost(row: DiaryPostRow, links: DiaryLink[], canEdit: boolean): DiaryPost {
  return {
    id: row.id,
    lab: { id: row.lab.id, name: row.lab.name, slug: row.lab.slug },
    title: row.title,
    body: canEdit ? row.body : null,
    html: toSafeHtml(row.body),
    postedOn: dateOnly(row.postedOn) ?? '',
    publishedAt: row.publishedAt?.toISOString() ?? null,
    authorName: shownName(row.author),
    authorFormerMember: isFormerMember(row.author),
    image: row.imageId ? { id: row.imageId, url: diaryImageUrl(row.imageId), alt: row.imageAlt ?? '' } : null,
    links,
    unpublishedAt: row.unpublishedAt?.toISOString() ?? null,
    unpublishedReason: canEdit ? row.unpublishedReason : null,
    canEdit,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
