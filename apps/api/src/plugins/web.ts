import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Vite puts a content hash in every name under assets/, so a file never changes under its URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: the browser may keep it, but asks (ETag) before each use. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built SPA; any other GET outside /api that names no file gets index.html. Files come
 * pre-compressed from the build (`x.js.br`, `x.js.gz` beside `x.js`) and are sent in the best
 * encoding the client accepts; anything else goes out as it is, or through the compression plugin.
 */
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
      preCompressed: true,
      // The .br and .gz siblings are chosen by Accept-Encoding, never asked for by name.
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders(reply, path) {
        // path is the file sent, a .br or .gz sibling included; only its folder matters here.
        const inAssets = relative(options.root, path).split(sep)[0] === 'assets';
        void reply.header('cache-control', inAssets ? IMMUTABLE : REVALIDATE);
      },
    });

    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      // A missing script or stylesheet must 404, not arrive as HTML.
      if (path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  },
  { name: 'web', dependencies: ['compression'] },
);
