import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built SPA; any other GET outside /api that names no file gets index.html. */
export default fp(
  async function webPlugin(app: FastifyInstance, options: { root: string }) {
    if (!existsSync(options.root)) {
      app.log.warn({ root: options.root }, 'no built web app found; serving the API only');
      return;
    }
    // wildcard: false registers one route per file present at start, so unknown paths fall through.
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        // Vite puts a content hash in every asset name, so assets never change under one URL.
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });

    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      // A missing script or stylesheet must 404, not arrive as HTML.
      if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'web' },
);
