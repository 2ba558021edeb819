import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Starts (or connects to) PostgreSQL once and migrates a template database; every test
    // file clones its own database from it (src/test/database.ts), so files run in parallel.
    globalSetup: ['./src/test/global-setup.ts'],
    fileParallelism: true,
    testTimeout: 20_000,
    // Cloning a database, or starting an app against one, happens in beforeAll hooks.
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
