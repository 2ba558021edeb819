import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

// Each test file clones the migrated template made once by global-setup.ts, so files own
// their data and run in parallel without knowing about each other.

export interface TestDatabase {
  url: string;
  /** Drops the database, closing any connection still open to it; safe to call twice. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** A database without any schema (for testing migrations themselves). */
  empty?: boolean;
}

export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const { serverUrl, templateDatabase, databasePrefix } = inject('testDatabase');
  const name = `${databasePrefix}${randomBytes(6).toString('hex')}`;
  const template = options.empty ? 'template0' : templateDatabase;
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`),
  );
  return {
    url: databaseUrl(serverUrl, name),
    drop: async () => {
      await withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      );
    },
  };
}

/** The same server and credentials as `serverUrl`, connected to `database`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Holds an exclusive lock on `table` in an open transaction until `release()`, so that anything
 * touching it waits (a slow request, a statement that runs into its timeout).
 */
export async function lockTable(url: string, table: string) {
  const client = new pg.Client({ connectionString: url });
  // A failed test leaves it open; dropping the database at the end then cuts it.
  client.on('error', () => undefined);
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${client.escapeIdentifier(table)} IN ACCESS EXCLUSIVE MODE`);
  return {
    async release() {
      await client.query('COMMIT');
      await client.end();
    },
  };
}
