import { FailedJobList, FailedJobsQuery, IdParams, RetriedJob } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isAdmin, type AuthUser } from '../../lib/actor';
import { audit } from '../../lib/audit';
import { forbidden, notFound } from '../../lib/errors';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';

const tags = ['administration'];

function requireAdmin(user: AuthUser): AuthUser {
  if (!isAdmin(user)) throw forbidden('Only administrators see failed background work');
  return user;
}

/**
 * The dead letters: jobs that used up their attempts (an e-mail the mail server never took, a
 * handler that kept throwing). Administrators see why and put one back in the queue.
 */
export const failedJobsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/failed-jobs',
    {
      schema: {
        tags,
        summary: 'Background jobs that failed every attempt, the latest first (administrators)',
        querystring: FailedJobsQuery,
        response: { 200: FailedJobList, ...errors },
      },
    },
    async (request) => {
      requireAdmin(requireUser(request));
      const { page, pageSize, queue } = request.query;
      const where = { state: 'FAILED' as const, ...(queue ? { queue } : {}) };
      const [items, total, queues] = await app.prisma.$transaction([
        app.prisma.job.findMany({
          where,
          orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
          skip: (page - 1) * pageSize,
          take: pageSize,
        }),
        app.prisma.job.count({ where }),
        app.prisma.job.groupBy({
          by: ['queue'],
          where: { state: 'FAILED' },
          _count: { _all: true },
          orderBy: { queue: 'asc' },
        }),
      ]);
      return {
        items: items.map((job) => ({
          id: job.id,
          queue: job.queue,
          attempts: job.attempts,
          maxAttempts: job.maxAttempts,
          lastError: job.lastError,
          createdAt: job.createdAt.toISOString(),
          finishedAt: job.finishedAt?.toISOString() ?? null,
        })),
        total,
        page,
        pageSize,
        queues: queues.map((row) => ({ queue: row.queue, count: (row._count as { _all: number })._all })),
      };
    },
  );

  app.post(
    '/admin/failed-jobs/:id/retry',
    {
      schema: {
        tags,
        summary: 'Put a failed job back in the queue with a fresh set of attempts (administrators)',
        params: IdParams,
        response: { 200: RetriedJob, ...errors },
      },
    },
    async (request) => {
      const user = requireAdmin(requireUser(request));
      const { id } = request.params;
      return app.prisma.$transaction(async (tx) => {
        // Only a FAILED job: one that is pending or running is the worker's, not ours.
        const { count } = await tx.job.updateMany({
          where: { id, state: 'FAILED' },
          data: { state: 'PENDING', attempts: 0, runAt: new Date(), finishedAt: null, lockedAt: null, lockedBy: null },
        });
        if (count === 0) throw notFound('A failed job with this id');
        await audit(tx, {
          actorId: user.id,
          action: 'job.retried',
          entityType: 'Job',
          entityId: id,
          requestId: String(request.id),
        });
        return { id, state: 'PENDING' as const };
      });
    },
  );
};
