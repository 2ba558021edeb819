import { CuratorSuggestionsQuery, IdParams, SuggestionList, SuggestionsQuery } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { requireUser } from '../../plugins/auth';
import { createSuggestionRefreshHandler, queueSuggestionRefresh, SUGGESTION_REFRESH_QUEUE } from './suggestion-cache';
import { createSuggestionsService } from './suggestions.service';

/** How often a worker checks that today's full re-rank of the queue's candidates is queued. */
const DAILY_REFRESH_CHECK_MS = 3_600_000;

export const suggestionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const suggestions = createSuggestionsService({ prisma: app.prisma });
  app.jobs.handle(SUGGESTION_REFRESH_QUEUE, createSuggestionRefreshHandler({ prisma: app.prisma }));
  if (app.config.JOB_WORKER) {
    // Keyed by the UTC date, so however many workers check, one full refresh runs per day.
    const queueDailyRefresh = async () => {
      try {
        await queueSuggestionRefresh(app.prisma, { kind: 'all' }, new Date().toISOString().slice(0, 10));
      } catch (error) {
        app.log.warn({ err: error }, 'could not queue the daily suggestion refresh; next try in an hour');
      }
    };
    const timer = setInterval(() => void queueDailyRefresh(), DAILY_REFRESH_CHECK_MS);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
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
