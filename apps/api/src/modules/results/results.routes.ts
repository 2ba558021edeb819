import {
  CreateIndicatorBody,
  IdParams,
  Indicator,
  IndicatorList,
  RecordMeasurementBody,
  UpdateIndicatorBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createResultsService } from './results.service';

const MeasurementParams = z.object({ id: z.uuid(), measurementId: z.uuid() });

export const resultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const results = createResultsService({ prisma: app.prisma });
  const tags = ['results'];

  for (const owner of ['labs', 'matches', 'methods'] as const) {
    const ownerOf = (id: string) =>
      owner === 'labs' ? { labId: id } : owner === 'matches' ? { matchId: id } : { methodId: id };
    const who = {
      labs: 'the lab (its members and curators)',
      matches: 'the match (its parties and curators)',
      methods: 'the method as a suggested indicator (curators)',
    }[owner];
    app.get(
      `/${owner}/:id/indicators`,
      {
        schema: {
          tags,
          summary: {
            labs: 'A lab’s indicators and readings (public; readings about fewer than 5 people are withheld outside the lab and the curators)',
            matches: 'A match’s indicators and readings (its parties and curators)',
            methods: 'A method’s suggested indicators, copied to a lab that starts from it (as public as the method)',
          }[owner],
          params: IdParams,
          response: { 200: IndicatorList, ...errors },
        },
      },
      async (request) => results.list(ownerOf(request.params.id), request.auth?.user),
    );

    app.post(
      `/${owner}/:id/indicators`,
      {
        schema: {
          tags,
          summary: `Add an indicator to ${who}`,
          params: IdParams,
          body: CreateIndicatorBody,
          response: { 201: Indicator, ...errors },
        },
      },
      async (request, reply) => {
        const created = await results.create(
          ownerOf(request.params.id),
          requireUser(request),
          request.body,
          String(request.id),
        );
        return reply.status(201).send(created);
      },
    );
  }

  app.patch(
    '/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Edit an indicator; a stale version answers 409 VERSION_CONFLICT',
        params: IdParams,
        body: UpdateIndicatorBody,
        response: { 200: Indicator, ...errors },
      },
    },
    async (request) => results.update(requireUser(request), request.params.id, request.body, String(request.id)),
  );

  app.post(
    '/indicators/:id/measurements',
    {
      schema: {
        tags,
        summary: 'Record a dated reading: "n of N", a count, a percentage of a group or a change in percent',
        params: IdParams,
        body: RecordMeasurementBody,
        response: { 201: Indicator, ...errors },
      },
    },
    async (request, reply) => {
      const indicator = await results.record(requireUser(request), request.params.id, request.body, String(request.id));
      return reply.status(201).send(indicator);
    },
  );

  app.delete(
    '/indicators/:id/measurements/:measurementId',
    {
      schema: {
        tags,
        summary: 'Remove a reading recorded by mistake',
        params: MeasurementParams,
        response: { 200: Indicator, ...errors },
      },
    },
    async (request) =>
      results.removeMeasurement(
        requireUser(request),
        request.params.id,
        request.params.measurementId,
        String(request.id),
      ),
  );
};
