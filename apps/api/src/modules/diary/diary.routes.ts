import {
  CreateDiaryPostBody,
  DIARY_IMAGE_MAX_BYTES,
  DIARY_IMAGE_TYPES,
  DiaryImageUploaded,
  DiaryPost,
  DiaryPostList,
  IdParams,
  ListDiaryQuery,
  ModerateBody,
  UpdateDiaryPostBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Notifier } from '../../lib/collaborators';
import { AppError } from '../../lib/errors';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { ATOM_CONTENT_TYPE, createDiaryFeeds } from './diary-feed';
import { createDiaryService } from './diary.service';

const ImageBytes = z.any().describe('The image’s bytes (image/jpeg, image/png or image/webp)');

export const diaryRoutes: FastifyPluginAsyncZod<{ notifier: Notifier }> = async (app, options) => {
  const service = createDiaryService({ prisma: app.prisma, notifier: options.notifier });
  const feeds = createDiaryFeeds({ prisma: app.prisma, publicUrl: app.config.PUBLIC_URL });
  const tags = ['diary'];

  // Images arrive as their own bytes, not as multipart: one image per request, its type in
  // Content-Type (checked against the bytes in the service).
  app.addContentTypeParser(
    [...DIARY_IMAGE_TYPES],
    { parseAs: 'buffer', bodyLimit: DIARY_IMAGE_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/labs/:id/diary',
    {
      schema: {
        tags,
        summary: 'A lab’s diary, newest first (published posts; the lab and curators also see drafts)',
        params: IdParams,
        querystring: ListDiaryQuery,
        response: { 200: DiaryPostList, ...errors },
      },
    },
    async (request) => service.list(request.params.id, request.query, request.auth?.user),
  );

  app.post(
    '/labs/:id/diary',
    {
      schema: {
        tags,
        summary: 'Write a diary post (the lab’s housing company and curators); published unless published is false',
        params: IdParams,
        body: CreateDiaryPostBody,
        response: { 201: DiaryPost, ...errors },
      },
    },
    async (request, reply) => {
      const post = await service.create(requireUser(request), request.params.id, request.body, String(request.id));
      return reply.status(201).send(post);
    },
  );

  app.post(
    '/labs/:id/diary-images',
    {
      bodyLimit: DIARY_IMAGE_MAX_BYTES,
      schema: {
        tags,
        summary: 'Upload an image for the lab’s diary (JPEG, PNG or WebP, at most 2 MiB); a post then names it',
        params: IdParams,
        body: ImageBytes,
        response: { 201: DiaryImageUploaded, ...errors },
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the image as image/jpeg, image/png or image/webp');
      }
      const uploaded = await service.uploadImage(
        requireUser(request),
        request.params.id,
        { contentType: String(request.headers['content-type'] ?? ''), bytes: body },
        String(request.id),
      );
      return reply.status(201).send(uploaded);
    },
  );

  app.get(
    '/diary/:id',
    {
      schema: { tags, summary: 'A diary post', params: IdParams, response: { 200: DiaryPost, ...errors } },
    },
    async (request) => service.get(request.params.id, request.auth?.user),
  );

  app.put(
    '/diary/:id',
    {
      schema: {
        tags,
        summary: 'Replace a diary post; publishing a draft tells the lab’s followers (409 when stale)',
        params: IdParams,
        body: UpdateDiaryPostBody,
        response: { 200: DiaryPost, ...errors },
      },
    },
    async (request) => service.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  for (const action of ['unpublish', 'restore'] as const) {
    app.post(
      `/diary/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === 'unpublish'
              ? 'Take a diary post off the public pages, saying why (curators)'
              : 'Put an unpublished diary post back, saying why (curators)',
          params: IdParams,
          body: ModerateBody,
          response: { 200: DiaryPost, ...errors },
        },
      },
      async (request) =>
        service.moderate(requireUser(request), request.params.id, action, request.body, String(request.id)),
    );
  }

  app.get(
    '/diary-images/:id',
    {
      // No response schema: the bytes and the XML go out as they are (errors keep the envelope).
      schema: { tags, summary: 'A diary image (its own Content-Type)', params: IdParams },
    },
    async (request, reply) => {
      const image = await service.image(request.params.id, request.auth?.user);
      return reply
        .type(image.contentType)
        .header('cache-control', image.public ? 'public, max-age=86400' : 'private, no-store')
        .header('content-security-policy', "default-src 'none'")
        .send(image.bytes);
    },
  );

  app.get(
    '/labs/:id/diary.atom',
    {
      schema: {
        tags,
        summary: 'A lab’s diary as an Atom feed (public)',
        params: IdParams,
      },
    },
    async (request, reply) =>
      reply
        .type(ATOM_CONTENT_TYPE)

        .send(await feeds.lab(request.params.id)),
  );

  app.get(
    '/diary.atom',
    {
      schema: { tags, summary: 'Every lab’s diary as one Atom feed (public)' },
    },
    async (_request, reply) =>
      reply
        .type(ATOM_CONTENT_TYPE)

        .send(await feeds.all()),
  );
};
