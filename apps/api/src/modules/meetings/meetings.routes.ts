import {
  CreateMeetingBody,
  IdParams,
  Meeting,
  MeetingFormOptions,
  MeetingList,
  MeetingParams,
  UpdateMeetingBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Notifier } from '../../lib/collaborators';
import { errorResponses as errors, NoContent } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createMeetingsService } from './meetings.service';

export const meetingsRoutes: FastifyPluginAsyncZod<{ notifier: Notifier }> = async (app, options) => {
  const service = createMeetingsService({ prisma: app.prisma, notifier: options.notifier });
  const tags = ['meetings'];

  app.get(
    '/labs/:id/meetings',
    {
      schema: {
        tags,
        summary:
          'A lab’s participation meetings, latest first: counts below 5 are "fewer than 5" except to the lab and curators',
        params: IdParams,
        response: { 200: MeetingList, ...errors },
      },
    },
    async (request) => service.list(request.params.id, request.auth?.user),
  );

  app.get(
    '/labs/:id/meeting-options',
    {
      schema: {
        tags,
        summary: 'The methods and the lab’s ideas a meeting may name (the lab’s housing company and curators)',
        params: IdParams,
        response: { 200: MeetingFormOptions, ...errors },
      },
    },
    async (request) => service.formOptions(request.params.id, requireUser(request)),
  );

  app.post(
    '/labs/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Record a meeting (the lab’s housing company and curators); counts only, never names',
        params: IdParams,
        body: CreateMeetingBody,
        response: { 201: Meeting, ...errors },
      },
    },
    async (request, reply) => {
      const meeting = await service.create(requireUser(request), request.params.id, request.body, String(request.id));
      return reply.status(201).send(meeting);
    },
  );

  app.put(
    '/labs/:id/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'Replace a meeting’s record (409 VERSION_CONFLICT when stale)',
        params: MeetingParams,
        body: UpdateMeetingBody,
        response: { 200: Meeting, ...errors },
      },
    },
    async (request) =>
      service.update(
        requireUser(request),
        request.params.id,
        request.params.meetingId,
        request.body,
        String(request.id),
      ),
  );

  app.delete(
    '/labs/:id/meetings/:meetingId',
    {
      schema: {
        tags,
        summary: 'Delete a meeting’s record',
        params: MeetingParams,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await service.remove(requireUser(request), request.params.id, request.params.meetingId, String(request.id));
      return reply.status(204).send(null);
    },
  );
};
