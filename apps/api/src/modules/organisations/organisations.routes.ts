import {
  AcceptInvitationBody,
  ChangeRoleBody,
  CreateInvitationBody,
  CreateOrganisationBody,
  IdParams,
  Invitation,
  InvitationList,
  InvitationParams,
  InvitationPreview,
  InvitationTokenParams,
  ListOrganisationsQuery,
  Me,
  Member,
  MemberList,
  MemberParams,
  Organisation,
  OrganisationList,
  UpdateOrganisationBody,
  VerificationQueue,
  VerificationQueueQuery,
  VerifyOrganisationBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses as errors, NoContent } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import type { Notifier } from '../../lib/collaborators';
import { createAuthService } from '../auth/auth.service';
import { createInvitationsService, INVITATION_EMAIL_QUEUE } from './invitations.service';

const InvitationEmailJob = z.object({ invitationId: z.uuid() });
import { createMembershipsService } from './memberships.service';
import { createOrganisationsService } from './organisations.service';

export const organisationsRoutes: FastifyPluginAsyncZod<{ notifier: Notifier }> = async (app, options) => {
  const organisations = createOrganisationsService({ prisma: app.prisma, notifier: options.notifier });
  const memberships = createMembershipsService({ prisma: app.prisma });
  const invitations = createInvitationsService({
    prisma: app.prisma,
    mailer: app.mailer,
    publicUrl: app.config.PUBLIC_URL,
  });
  app.jobs.handle(INVITATION_EMAIL_QUEUE, async (job) =>
    invitations.sendInvitation(InvitationEmailJob.parse(job.payload).invitationId),
  );
  const auth = createAuthService({ prisma: app.prisma, mailer: app.mailer, config: app.config });
  const tags = ['organisations'];

  app.post(
    '/organisations',
    {
      config: { quota: 'organisation' },
      schema: {
        tags,
        summary: 'Register an organisation; you become its owner',
        body: CreateOrganisationBody,
        response: { 201: Organisation, ...errors },
      },
    },
    async (request, reply) => {
      const created = await organisations.create(requireUser(request), request.body, String(request.id));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Search organisations (full text and misspelt names)',
        querystring: ListOrganisationsQuery,
        response: { 200: OrganisationList, ...errors },
      },
    },
    async (request) => organisations.list(request.query, request.auth?.user),
  );

  app.get(
    '/organisations/verification-queue',
    {
      schema: {
        tags,
        summary: 'Organisations waiting for verification, the longest-waiting first (curators)',
        querystring: VerificationQueueQuery,
        response: { 200: VerificationQueue, ...errors },
      },
    },
    async (request) => organisations.verificationQueue(requireUser(request), request.query),
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'An organisation’s public profile',
        params: IdParams,
        response: { 200: Organisation, ...errors },
      },
    },
    async (request) => organisations.get(request.params.id, request.auth?.user),
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Edit the public profile (owners); a stale version answers 409 VERSION_CONFLICT',
        params: IdParams,
        body: UpdateOrganisationBody,
        response: { 200: Organisation, ...errors },
      },
    },
    async (request) => organisations.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.post(
    '/organisations/:id/verification',
    {
      schema: {
        tags,
        summary: 'Verify, reject or send back to pending (curators)',
        params: IdParams,
        body: VerifyOrganisationBody,
        response: { 200: Organisation, ...errors },
      },
    },
    async (request) =>
      organisations.setVerification(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.get(
    '/organisations/:id/members',
    {
      schema: {
        tags,
        summary: 'Members (members and curators only)',
        params: IdParams,
        response: { 200: MemberList, ...errors },
      },
    },
    async (request) => {
      const items = await memberships.list(requireUser(request), request.params.id);
      return { items, total: items.length };
    },
  );

  app.patch(
    '/organisations/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Change a member’s role (owners)',
        params: MemberParams,
        body: ChangeRoleBody,
        response: { 200: Member, ...errors },
      },
    },
    async (request) =>
      memberships.changeRole(
        requireUser(request),
        request.params.id,
        request.params.userId,
        request.body.role,
        String(request.id),
      ),
  );

  app.delete(
    '/organisations/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a member (owners), or leave (yourself)',
        params: MemberParams,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await memberships.remove(requireUser(request), request.params.id, request.params.userId, String(request.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/organisations/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Pending invitations (owners)',
        params: IdParams,
        response: { 200: InvitationList, ...errors },
      },
    },
    async (request) => {
      const items = await invitations.list(requireUser(request), request.params.id);
      return { items, total: items.length };
    },
  );

  app.post(
    '/organisations/:id/invitations',
    {
      config: { quota: 'invitation' },
      schema: {
        tags,
        summary: 'Invite someone by e-mail (owners)',
        params: IdParams,
        body: CreateInvitationBody,
        response: { 201: Invitation, ...errors },
      },
    },
    async (request, reply) => {
      const invitation = await invitations.invite(
        requireUser(request),
        request.params.id,
        request.body.email,
        request.body.role,
        String(request.id),
      );
      return reply.status(201).send(invitation);
    },
  );

  app.delete(
    '/organisations/:id/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Withdraw an invitation (owners)',
        params: InvitationParams,
        response: { 204: NoContent, ...errors },
      },
    },
    async (request, reply) => {
      await invitations.revoke(
        requireUser(request),
        request.params.id,
        request.params.invitationId,
        String(request.id),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link offers',
        params: InvitationTokenParams,
        response: { 200: InvitationPreview, ...errors },
      },
    },
    async (request) => invitations.preview(request.params.token),
  );

  app.post(
    '/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation as the signed-in user',
        body: AcceptInvitationBody,
        response: { 200: Me, ...errors },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await invitations.accept(user, request.body.token, String(request.id));
      return auth.me(user.id, request.auth?.via === 'session' ? request.auth.csrfToken : null);
    },
  );
};
