import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const suggestionsRoutes: FastifyPluginAsyncZod = async () => {};
