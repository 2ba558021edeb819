import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../db/embedded-postgres';
import { migrate } from '../db/migrator';
import { databaseUrl, withAdminClient } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: {
      /** A URL of the server whose user may create and drop databases. */
      serverUrl: string;
      /** The migrated database every test database is cloned from. */
      templateDatabase: string;
      /** Names of this run's databases start with it, so teardown finds the leftovers. */
      databasePrefix: string;
    };
  }
}

/**
 * Uses the server in TEST_DATABASE_URL when set (CI with a PostgreSQL service), otherwise an
 * embedded PostgreSQL in a fresh temporary directory. Either way the run creates only
 * databases named after a random run id and drops them all at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString('hex');
  const databasePrefix = `motesplats_test_${runId}_`;
  const templateDatabase = `${databasePrefix}template`;

  let embedded: { server: EmbeddedPostgresServer; dataDir: string } | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = await mkdtemp(join(await scratchDirectory(), 'motesplats-test-pg-'));
    const server = await startEmbeddedPostgres({
      dataDir,
      database: 'postgres',
      // A throw-away cluster: durability only costs time here.
      settings: {
        fsync: 'off',
        synchronous_commit: 'off',
        full_page_writes: 'off',
        max_connections: '300',
      },
    }).catch(async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    });
    embedded = { server, dataDir };
    serverUrl = server.connectionString('postgres');
  }

  const teardown = async () => {
    try {
      if (serverUrl) await dropRunDatabases(serverUrl, databasePrefix);
    } finally {
      if (embedded) {
        await embedded.server.stop();
        await rm(embedded.dataDir, { recursive: true, force: true });
      }
    }
  };

  try {
    await withAdminClient(serverUrl, (client) =>
      client.query(`CREATE DATABASE ${client.escapeIdentifier(templateDatabase)}`),
    );
    await migrate(databaseUrl(serverUrl, templateDatabase));
  } catch (error) {
    await teardown();
    throw error;
  }

  project.provide('testDatabase', { serverUrl, templateDatabase, databasePrefix });
  return teardown;
}

async function dropRunDatabases(serverUrl: string, prefix: string): Promise<void> {
  await withAdminClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  });
}

/**
 * Every test file creates a database, which writes a few hundred files; on a RAM-backed
 * /dev/shm that took ~20 ms instead of ~400 ms on a disk of our build VMs. Docker gives
 * /dev/shm only 64 MB by default, too little for a cluster, hence the size check.
 */
async function scratchDirectory(): Promise<string> {
  try {
    const stats = await statfs('/dev/shm');
    if (stats.bavail * stats.bsize >= 1024 ** 3) return '/dev/shm';
  } catch {
    // Not Linux, or no /dev/shm.
  }
  return tmpdir();
}
