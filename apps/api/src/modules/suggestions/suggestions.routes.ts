import { CuratorSuggestionsQuery, IdParams, SuggestionList, SuggestionsQuery } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createSuggestionsService } from './suggestions.service';

export const suggestionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const suggestions = createSuggestionsService({ prisma: app.prisma });
  const tags = ['suggestions'];

  app.get(
    '/challenges/:id/suggestions',
    {
      schema: {
        tags,
        summary: 'Published offerings ranked for a challenge, explained (curators and the challenge’s organisation)',
        params: IdParams,
        querystring: SuggestionsQuery,
        response: { 200: SuggestionList, ...errors },
      },
    },
    async (request) => suggestions.forChallenge(requireUser(request), request.params.id, request.query),
  );

  app.get(
    '/offerings/:id/suggestions',
    {
      schema: {
        tags,
        summary: 'Open challenges ranked for an offering, explained (curators and the offering’s organisation)',
        params: IdParams,
        querystring: SuggestionsQuery,
        response: { 200: SuggestionList, ...errors },
      },
    },
    async (request) => suggestions.forOffering(requireUser(request), request.params.id, request.query),
  );

  app.get(
    '/suggestions',
    {
      schema: {
        tags,
        summary: 'The best unmatched pairs over all open challenges, filterable by focus area and place (curators)',
        querystring: CuratorSuggestionsQuery,
        response: { 200: SuggestionList, ...errors },
      },
    },
    async (request) => suggestions.queue(requireUser(request), request.query),
  );
};
