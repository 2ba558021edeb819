import { z } from 'zod';
import { DateOnly, Timestamp } from './common';
import { DiaryLinkKind } from './enums';
import { Version } from './marketplace';
import { pageOf, PageQuery } from './paging';

/** Image types a diary accepts (no SVG: it can carry script), and their largest size. */
export const DIARY_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const DIARY_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export const DiaryImageRef = z.object({ id: z.uuid(), url: z.string(), alt: z.string() });
export type DiaryImageRef = z.infer<typeof DiaryImageRef>;

/** A linked idea, challenge or match, as far as the reader may see it. */
export const DiaryLink = z.object({ kind: DiaryLinkKind, id: z.uuid(), title: z.string() });
export type DiaryLink = z.infer<typeof DiaryLink>;

export const DiaryPost = z.object({
  id: z.uuid(),
  lab: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
  title: z.string(),
  /** The stored text, for editing (only to those who may edit). */
  body: z.string().nullable(),
  /** The text as safe HTML: paragraphs, lists and links only (sanitised on the server). */
  html: z.string(),
  postedOn: DateOnly,
  publishedAt: Timestamp.nullable(),
  authorName: z.string().nullable(),
  /** Written from an account since deleted: shown as "a former member". */
  authorFormerMember: z.boolean(),
  image: DiaryImageRef.nullable(),
  links: z.array(DiaryLink),
  unpublishedAt: Timestamp.nullable(),
  unpublishedReason: z.string().nullable(),
  canEdit: z.boolean(),
  version: Version,
  createdAt: Timestamp,
});
export type DiaryPost = z.infer<typeof DiaryPost>;

export const DiaryPostList = pageOf(DiaryPost);
export type DiaryPostList = z.infer<typeof DiaryPostList>;

export const ListDiaryQuery = PageQuery;
export type ListDiaryQuery = z.infer<typeof ListDiaryQuery>;

const DiaryFields = z.object({
  title: z.string().trim().min(2).max(200),
  body: z.string().trim().min(1).max(20_000),
  postedOn: DateOnly,
  /** An image uploaded to the lab's diary (POST /labs/:id/diary-images), with its text alternative. */
  imageId: z.uuid().nullable(),
  imageAlt: z.string().trim().max(300).nullable(),
  links: z.array(z.object({ kind: DiaryLinkKind, id: z.uuid() })).max(20),
  /** False keeps it a draft that only the lab and curators see; publishing cannot be undone by the author. */
  published: z.boolean(),
});

const altWithImage = (body: { imageId?: string | null | undefined; imageAlt?: string | null | undefined }) =>
  !body.imageId || Boolean(body.imageAlt && body.imageAlt.trim().length > 0);
const ALT_WITH_IMAGE = { message: 'Describe the image for those who cannot see it', path: ['imageAlt'] };

export const CreateDiaryPostBody = DiaryFields.extend({
  postedOn: DiaryFields.shape.postedOn.optional(),
  imageId: DiaryFields.shape.imageId.default(null),
  imageAlt: DiaryFields.shape.imageAlt.default(null),
  links: DiaryFields.shape.links.default([]),
  published: DiaryFields.shape.published.default(true),
}).refine(altWithImage, ALT_WITH_IMAGE);
export type CreateDiaryPostBody = z.infer<typeof CreateDiaryPostBody>;

export const UpdateDiaryPostBody = DiaryFields.extend({ version: Version }).refine(altWithImage, ALT_WITH_IMAGE);
export type UpdateDiaryPostBody = z.infer<typeof UpdateDiaryPostBody>;

export const DiaryImageUploaded = z.object({
  id: z.uuid(),
  url: z.string(),
  contentType: z.string(),
  size: z.number(),
});
export type DiaryImageUploaded = z.infer<typeof DiaryImageUploaded>;
