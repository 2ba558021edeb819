import {
  Challenge,
  ChallengeList,
  CreateChallengeBody,
  ListChallengesQuery,
  UpdateChallengeBody,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Notifier, SuggestionQueue } from '../../lib/collaborators';
import { publishableRoutes } from '../../plugins/publishable-routes';
import { createChallengesService } from './challenges.service';

export const challengesRoutes: FastifyPluginAsyncZod<{ notifier: Notifier; suggestions: SuggestionQueue }> = async (
  app,
  options,
) => {
  await app.register(
    publishableRoutes({
      path: '/challenges',
      tag: 'challenges',
      noun: 'challenge',
      schemas: {
        item: Challenge,
        list: ChallengeList,
        query: ListChallengesQuery,
        create: CreateChallengeBody,
        update: UpdateChallengeBody,
      },
      summaries: {
        create: 'Post a challenge for your housing company (a draft unless status is OPEN)',
        list: 'Search challenges: full text (swedish), filters, facet counts, keyset paging',
        get: 'A challenge (drafts and unpublished ones only for their organisation and curators)',
        update: 'Edit a challenge or change its status (members of its organisation; 409 when stale)',
      },
      service: createChallengesService({
        prisma: app.prisma,
        notifier: options.notifier,
        suggestions: options.suggestions,
      }),
    }),
  );
};
