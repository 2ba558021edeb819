import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { buildApp } from './app';
import { ConfigError, parseConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from './db/embedded-postgres';
import { migrate } from './db/migrator';
import { createPrismaClient } from './db/prisma';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed/demo-data';
import { loadDemoData } from './db/seed/load-demo';
import { ensureFirstAdmin } from './modules/auth/first-admin';

// Both src/main.ts and dist/main.js sit three levels below the repository root.
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const NODE_MAJOR_NEEDED = 24;

async function main() {
  if (Number(process.versions.node.split('.')[0]) < NODE_MAJOR_NEEDED) {
    fail(`Mötesplats needs Node.js ${NODE_MAJOR_NEEDED} or newer; this is Node.js ${process.versions.node}.`);
  }
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = pino({ level: config.LOG_LEVEL });
  const log = { info: (msg: string) => logger.info(msg), debug: (msg: string) => logger.debug(msg) };

  let embedded: EmbeddedPostgresServer | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = resolve(REPO_ROOT, config.DATA_DIR, 'postgres');
    logger.info({ dataDir }, 'no DATABASE_URL: starting an embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dataDir, logger: log });
    databaseUrl = embedded.connectionString();
  }

  let stopping = false;
  const shutdown = async (app?: { close(): Promise<unknown> }) => {
    if (stopping) return;
    stopping = true;
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
    }
  };

  try {
    const { applied } = await migrate(databaseUrl, { logger: log });
    logger.info({ applied }, applied.length ? 'database migrated' : 'database schema up to date');

    let demoLoaded = false;
    const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
    try {
      if (config.LOAD_DEMO_DATA) demoLoaded = (await loadDemoData(prisma, { logger: log })).loaded;
      if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
        await ensureFirstAdmin(prisma, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
      }
    } finally {
      await prisma.$disconnect();
    }

    const app = await buildApp(config, { databaseUrl, loggerInstance: logger });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'shutting down');
        shutdown(app).then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'unclean shutdown');
            process.exit(1);
          },
        );
      });
    }
    await app.listen({ host: config.HOST, port: config.PORT });

    const accounts = config.LOAD_DEMO_DATA
      ? [
          '',
          `Demo accounts${demoLoaded ? ' (demo data loaded now)' : ''}, password "${DEMO_PASSWORD}":`,
          ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(42)} ${a.description}`),
        ]
      : [];
    process.stdout.write(
      [
        '',
        `Mötesplats is running at ${config.PUBLIC_URL}`,
        `API documentation: ${config.PUBLIC_URL}/api/docs`,
        ...(config.storesMail && !config.isProduction ? [`Development mail: ${config.PUBLIC_URL}/dev/mail`] : []),
        ...accounts,
        '',
        'Stop with Ctrl-C.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    logger.error({ err: error }, 'start failed');
    await shutdown().catch(() => undefined);
    process.exit(1);
  }
}

void main();
