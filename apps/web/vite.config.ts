import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig({
  plugins: [react()],
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
