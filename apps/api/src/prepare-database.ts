import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { Config } from './config';
import { startEmbeddedPostgres } from './db/embedded-postgres';
import { migrate } from './db/migrator';
import { createPrismaClient } from './db/prisma';
import { loadDemoData } from './db/seed/load-demo';
import { ensureFirstAdmin } from './modules/auth/first-admin';

// Both src/prepare-database.ts and dist/main.js sit three levels below the repository root.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface PreparedDatabase {
  url: string;
  /** Whether this start loaded the demo data (the database had no organisation). */
  demoLoaded: boolean;
  /** Stops the embedded PostgreSQL; nothing to do for an external one. */
  stop(): Promise<void>;
}

/**
 * What `pnpm start` does before the app is built: starts an embedded PostgreSQL when there is
 * no DATABASE_URL, migrates, loads the demo data into an empty database and ensures the first
 * administrator. The caller stops the returned database after the app has closed.
 */
export async function prepareDatabase(config: Config, logger: Logger): Promise<PreparedDatabase> {
  const log = { info: (msg: string) => logger.info(msg), debug: (msg: string) => logger.debug(msg) };
  let url = config.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const dataDir = resolve(REPO_ROOT, config.DATA_DIR, 'postgres');
    logger.info({ dataDir }, 'no DATABASE_URL: starting an embedded PostgreSQL');
    // main.ts handles the signals and stops the server after the app has closed.
    const embedded = await startEmbeddedPostgres({ dataDir, logger: log, stopOnSignals: false });
    url = embedded.connectionString();
    stop = () => embedded.stop();
  }

  try {
    const { applied } = await migrate(url, { logger: log });
    logger.info({ applied }, applied.length ? 'database migrated' : 'database schema up to date');

    let demoLoaded = false;
    const prisma = createPrismaClient(url, { poolSize: 2, connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS });
    try {
      if (config.LOAD_DEMO_DATA) demoLoaded = (await loadDemoData(prisma, { logger: log })).loaded;
      if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
        await ensureFirstAdmin(prisma, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
      }
    } finally {
      await prisma.$disconnect();
    }
    return { url, demoLoaded, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
