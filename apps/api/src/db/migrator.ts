import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

// Applies prisma/migrations/<name>/migration.sql in name order and records them in Prisma's
// _prisma_migrations table the way the Prisma schema engine does, so `prisma migrate deploy`
// and `prisma migrate status` agree with it wherever the engine can run
// (see "Migrations" in docs/architecture.md).
//
// Unlike Prisma, each migration runs in a transaction together with its bookkeeping row, so a
// failure leaves neither a half-applied schema nor a "failed" row behind. The price: a
// migration must not contain statements that refuse to run in a transaction (CREATE INDEX
// CONCURRENTLY, explicit BEGIN/COMMIT) or that need an earlier statement committed (using an
// enum value added by ALTER TYPE ... ADD VALUE in the same migration).

export interface MigrateOptions {
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
  logger?: { info(msg: string): void };
}

export interface MigrateResult {
  /** Names of the migrations this call applied, in order; empty when none were pending. */
  applied: string[];
}

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An applied migration's migration.sql no longer matches what was applied. */
export class MigrationChecksumMismatchError extends MigrationError {
  constructor(
    migrationName: string,
    readonly appliedChecksum: string,
    readonly fileChecksum: string,
  ) {
    super(
      migrationName,
      `Migration "${migrationName}" was modified after it was applied ` +
        `(applied checksum ${appliedChecksum}, file checksum ${fileChecksum}). ` +
        'Applied migrations must not change: restore the file and put the change in a new migration.',
    );
  }
}

/** A migration's SQL failed; its transaction was rolled back and nothing was recorded. */
export class MigrationFailedError extends MigrationError {}

// Prisma Migrate's own lock key (schema engine, flavour/postgres.rs), so this migrator and
// `prisma migrate deploy` exclude each other as well as other instances of the API.
const ADVISORY_LOCK_KEY = 72707369;

// The exact columns the Prisma schema engine creates (flavour/postgres.rs,
// create_migrations_table); IF NOT EXISTS because we check under the lock instead of before.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  script: string;
  checksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function migrate(connectionString: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const logger = options.logger;
  const migrationsDir = options.migrationsDir ?? findMigrationsDir();
  const migrations = await readMigrations(migrationsDir);

  const client = new pg.Client({ connectionString, application_name: 'motesplats-migrator' });
  await client.connect();
  try {
    const locked = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      ADVISORY_LOCK_KEY,
    ]);
    if (!locked.rows[0]?.locked) {
      logger?.info('Waiting for another process to finish migrating the database');
      await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    }
    try {
      return await applyPending(client, migrations, logger);
    } finally {
      // Closing the connection releases the lock too; unlocking explicitly just frees it
      // sooner, so a failure here must not hide the real outcome.
      await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function applyPending(
  client: pg.Client,
  migrations: MigrationFile[],
  logger: MigrateOptions['logger'],
): Promise<MigrateResult> {
  await client.query(CREATE_MIGRATIONS_TABLE);
  const { rows } = await client.query<MigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at
       FROM _prisma_migrations
      WHERE rolled_back_at IS NULL
      ORDER BY started_at`,
  );

  const appliedChecksums = new Map<string, string>();
  for (const row of rows) {
    if (row.finished_at === null) {
      // Only the Prisma CLI leaves such rows (this migrator records inside the transaction).
      throw new MigrationError(
        row.migration_name,
        `Migration "${row.migration_name}" is recorded as started but not finished in ` +
          '_prisma_migrations. Repair the database, then mark it with ' +
          `\`prisma migrate resolve --applied ${row.migration_name}\` or ` +
          `\`--rolled-back ${row.migration_name}\`.`,
      );
    }
    appliedChecksums.set(row.migration_name, row.checksum);
  }

  // Every check happens before anything is applied, so a refused run changes nothing.
  const localNames = new Set(migrations.map((migration) => migration.name));
  for (const migration of migrations) {
    const appliedChecksum = appliedChecksums.get(migration.name);
    if (appliedChecksum !== undefined && !matchesChecksum(migration.script, appliedChecksum)) {
      throw new MigrationChecksumMismatchError(migration.name, appliedChecksum, migration.checksum);
    }
  }
  for (const name of appliedChecksums.keys()) {
    if (!localNames.has(name)) {
      // Normal during a rolling deploy, when a newer version has already migrated.
      logger?.info(`Migration "${name}" is applied in the database but missing locally`);
    }
  }

  const pending = migrations.filter((migration) => !appliedChecksums.has(migration.name));
  if (pending.length === 0) {
    logger?.info('Database schema is up to date');
    return { applied: [] };
  }
  for (const migration of pending) {
    const startedAt = Date.now();
    await applyMigration(client, migration);
    logger?.info(`Applied migration ${migration.name} in ${Date.now() - startedAt} ms`);
  }
  return { applied: pending.map((migration) => migration.name) };
}

async function applyMigration(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  let failedInScript = false;
  try {
    await client.query('BEGIN');
    // Recorded as Prisma records it: a row when the migration starts, one applied step (a
    // PostgreSQL migration script is a single step) and finished_at when it is done.
    // clock_timestamp(), not now(): now() is the transaction's start for both.
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at)
       VALUES ($1, $2, $3, clock_timestamp())`,
      [id, migration.checksum, migration.name],
    );
    failedInScript = true;
    // No parameters: the simple query protocol runs a multi-statement script.
    await client.query(migration.script);
    failedInScript = false;
    await client.query(
      `UPDATE _prisma_migrations
          SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1
        WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    const reason = describeSqlError(error, failedInScript ? migration.script : undefined);
    throw new MigrationFailedError(
      migration.name,
      `Migration "${migration.name}" failed and was rolled back: ${reason}`,
      { cause: error },
    );
  }
}

async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  // Prisma orders migrations by directory name, compared as plain strings.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const file = join(migrationsDir, name, 'migration.sql');
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new MigrationError(name, `Migration "${name}" has no readable ${file}`, {
          cause: error,
        });
      }
      return { name, script: bytes.toString('utf8'), checksum: sha256(bytes) };
    }),
  );
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

// As the Prisma schema engine does (checksum.rs), a file whose line endings git converted
// (CRLF on Windows checkouts) still matches the checksum recorded elsewhere.
function matchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll('\n', '\r\n')];
  return variants.some((variant) => sha256(variant) === checksum);
}

function describeSqlError(error: unknown, script: string | undefined): string {
  if (!(error instanceof pg.DatabaseError)) {
    return error instanceof Error ? error.message : String(error);
  }
  const details = [error.message];
  const position = Number(error.position);
  if (script !== undefined && Number.isInteger(position) && position > 0) {
    // The position counts characters from the start of the script.
    const line = script.slice(0, position - 1).split('\n').length;
    details.push(`at line ${line} of migration.sql`);
  }
  if (error.detail) details.push(error.detail);
  return details.join('; ');
}

/**
 * The repository's prisma/migrations, found by walking up from this module (src/db when run
 * from source, dist/ when bundled into dist/main.js) and, failing that, from the working
 * directory.
 */
function findMigrationsDir(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, 'prisma', 'migrations');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`No prisma/migrations directory above ${starts.join(' or ')}; pass migrationsDir to migrate()`);
}
