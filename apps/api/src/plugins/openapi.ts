import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { sessionCookieName } from './auth';

/**
 * The OpenAPI document is generated from the same zod schemas the routes validate with; it and
 * its browser are served only with API_DOCS (by default outside production).
 */
export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Mötesplats API',
          description: 'Challenges, offerings, labs and matches of the public-housing innovation labs.',
          version: '1.0.0',
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: sessionCookieName(app.config.isProduction) },
            bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token (mp_…)' },
          },
        },
      },
      transform: jsonSchemaTransform,
    });
    if (!app.config.API_DOCS) return;
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
