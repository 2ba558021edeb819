import { WaitingOverview } from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import type { Notifier, SuggestionQueue } from '../../lib/collaborators';
import { requireUser } from '../../plugins/auth';
import { createMatchesService } from '../matches/matches.service';
import { createNotificationsService } from '../notifications/notifications.service';
import { createSuggestionsService } from '../suggestions/suggestions.service';
import { createOverviewService } from './overview.service';

/** "Väntar på dig": what waits for the signed-in reader, gathered from the modules that own it. */
export const waitingRoutes: FastifyPluginAsyncZod<{ notifier: Notifier; suggestions: SuggestionQueue }> = async (
  app,
  options,
) => {
  const { prisma } = app;
  const overview = createOverviewService({
    prisma,
    matches: createMatchesService({ prisma, notifier: options.notifier, suggestions: options.suggestions }),
    suggestions: createSuggestionsService({ prisma }),
    notifications: createNotificationsService({ prisma }),
  });

  app.get(
    '/overview',
    {
      schema: {
        tags: ['overview'],
        summary:
          'What waits for you: matches waiting for your answer, suggestions for what you published, unread notifications (and for curators, what waits for curators)',
        response: { 200: WaitingOverview, ...errors },
      },
    },
    async (request) => overview.overview(requireUser(request)),
  );
};
