import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { precompiledTexts } from './scripts/precompiled-texts';

const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig({
  plugins: [
    react(),
    precompiledTexts(),
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
              test: /[\\/]node_modules[\\/](@tanstack[\\/]react-query|@tanstack[\\/]query-core|zod)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
