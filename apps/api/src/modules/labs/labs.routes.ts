import { CreateLabBody, Lab, LabList, ListLabsQuery, UpdateLabBody } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publishableRoutes } from '../../plugins/publishable-routes';
import { createLabsService } from './labs.service';

export const labsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(
    publishableRoutes({
      path: '/labs',
      tag: 'labs',
      noun: 'lab',
      schemas: { item: Lab, list: LabList, query: ListLabsQuery, create: CreateLabBody, update: UpdateLabBody },
      summaries: {
        create: 'Start a lab (members of a housing company)',
        list: 'Search the innovation labs (public; members and curators also see unpublished ones)',
        get: 'A lab with its partners, process leader and the challenges the reader may see',
        update: 'Edit a lab (its housing company’s members); a stale version answers 409 VERSION_CONFLICT',
      },
      service: createLabsService({ prisma: app.prisma }),
    }),
  );
};
