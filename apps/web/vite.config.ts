import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { precompiledTexts } from './scripts/precompiled-texts';

const apiPort = process.env.API_PORT ?? '3000';

/**
 * main.tsx renders only once the reader's catalogue has arrived, and the browser would learn of it
 * only after running the entry chunk. A modulepreload in index.html fetches the Swedish one (the
 * default language) beside the entry instead of after it; an English reader still gets theirs on
 * demand.
 */
function preloadDefaultCatalogue(): Plugin {
  return {
    name: 'motesplats:preload-default-catalogue',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) =>
            output.type === 'chunk' &&
            /[\\/]packages[\\/]texts[\\/]src[\\/]catalogue[\\/]sv\.ts$/.test(output.facadeModuleId ?? ''),
        );
        if (!chunk) throw new Error('the Swedish catalogue chunk is missing from the build');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    precompiledTexts(),
    preloadDefaultCatalogue(),
    // Writes x.br (brotli, quality 11) and x.gz (gzip, level 9) beside each text file of the build,
    // once, so the API sends them without compressing on every request (see apps/api/src/plugins/web.ts).
    // A file is left alone where compressing would not make it smaller; source maps (read only by
    // developer tools) and the manifest (read by scripts/initial-js.mjs) are left out.
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/, /^\.vite\//] }),
  ],
  server: {
    // The API answers on the same origin in production; in development Vite forwards /api to it.
    // changeOrigin stays false so the API sees the browser's Host and its same-origin checks hold.
    proxy: {
      '/api': { target: `http://localhost:${apiPort}`, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: `http://localhost:${apiPort}`, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: which files each page loads; scripts/initial-js.mjs reads it.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            {
              name: 'data',
              // src/lib/zod-config.ts rides with zod, so it runs before any schema is built.
              test: /[\\/]node_modules[\\/](@tanstack[\\/]react-query|@tanstack[\\/]query-core|zod)[\\/]|[\\/]src[\\/]lib[\\/]zod-config\.ts$/,
            },
          ],
        },
      },
    },
  },
});
