import { IdParams, LabReport } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { createLabReportService } from './lab-report.service';

export const labReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const reports = createLabReportService({ prisma: app.prisma });
  app.get(
    '/labs/:id/report',
    {
      schema: {
        tags: ['labs'],
        summary:
          'What a lab’s printable report adds to the lab’s own routes: the methods it names and its confirmed, completed collaborations with their results (small-group rule applied)',
        params: IdParams,
        response: { 200: LabReport, ...errors },
      },
    },
    async (request) => reports.get(request.params.id, request.auth?.user),
  );
};
