import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const matchesRoutes: FastifyPluginAsyncZod = async () => {};
