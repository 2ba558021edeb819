import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Compresses answers of 1 KB and more for clients that accept brotli or gzip (JSON lists, the
 * OpenAPI document; the SPA's files mostly arrive pre-compressed from the build, see web.ts).
 * Registered before every route: the plugin configures routes as they are added.
 */
export default fp(
  async function compressionPlugin(app: FastifyInstance) {
    await app.register(compress, {
      // The build pre-compresses the SPA with these two, so every answer speaks the same two.
      encodings: ['br', 'gzip'],
      threshold: 1024,
      // Our clients never send compressed bodies; accepting them would only put an inflate step
      // (CPU spent on whatever a stranger sends) in front of the body limit.
      globalDecompression: false,
    });
  },
  { name: 'compression' },
);
