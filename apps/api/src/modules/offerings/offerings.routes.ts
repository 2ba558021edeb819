import {
  CreateOfferingBody,
  ListOfferingsQuery,
  Offering,
  OfferingList,
  UpdateOfferingBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { SuggestionQueue } from '../../lib/collaborators';
import { publishableRoutes } from '../../plugins/publishable-routes';
import { createOfferingsService } from './offerings.service';

export const offeringsRoutes: FastifyPluginAsyncZod<{ suggestions: SuggestionQueue }> = async (app, options) => {
  await app.register(
    publishableRoutes({
      path: '/offerings',
      tag: 'offerings',
      noun: 'offering',
      schemas: {
        item: Offering,
        list: OfferingList,
        query: ListOfferingsQuery,
        create: CreateOfferingBody,
        update: UpdateOfferingBody,
      },
      summaries: {
        create: 'Publish an offering for your local actor (a draft unless status is PUBLISHED)',
        list: 'Search offerings: full text (swedish), filters (national ones match every place), facet counts, keyset paging',
        get: 'An offering (drafts and unpublished ones only for their organisation and curators)',
        update: 'Edit an offering or change its status (members of its organisation; 409 when stale)',
      },
      service: createOfferingsService({ prisma: app.prisma, suggestions: options.suggestions }),
    }),
  );
};
