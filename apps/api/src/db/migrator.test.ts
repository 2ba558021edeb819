import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { MigrationChecksumMismatchError, MigrationError, MigrationFailedError, migrate } from './migrator';

const repoMigrationsDir = fileURLToPath(new URL('../../../../prisma/migrations/', import.meta.url));

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

let database: TestDatabase;
let migrationsDir: string;

beforeEach(async () => {
  database = await createTestDatabase({ empty: true });
  migrationsDir = await mkdtemp(join(tmpdir(), 'motesplats-migrations-'));
});

afterEach(async () => {
  await database.drop();
  await rm(migrationsDir, { recursive: true, force: true });
});

async function writeMigration(name: string, sql: string): Promise<void> {
  await mkdir(join(migrationsDir, name), { recursive: true });
  await writeFile(join(migrationsDir, name, 'migration.sql'), sql);
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationRows = () => query<MigrationRow>('SELECT * FROM _prisma_migrations ORDER BY started_at');

async function tableExists(name: string): Promise<boolean> {
  const rows = await query<{ exists: boolean }>(`SELECT to_regclass('public.${name}') IS NOT NULL AS exists`);
  return rows[0]?.exists ?? false;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe('migrate() with the project migrations', () => {
  it('migrates a fresh database and records each migration as Prisma does', async () => {
    const result = await migrate(database.url, { migrationsDir: repoMigrationsDir });

    expect(result.applied).toContain('20261122000000_init');
    expect(await tableExists('"Organisation"')).toBe(true);

    const rows = await migrationRows();
    expect(rows.map((row) => row.migration_name)).toEqual(result.applied);
    for (const row of rows) {
      const file = await readFile(join(repoMigrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum, row.migration_name).toBe(sha256(file));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it('finds prisma/migrations by itself', async () => {
    const result = await migrate(database.url);
    expect(result.applied).toContain('20261122000000_init');
  });

  it('does nothing when run again', async () => {
    await migrate(database.url, { migrationsDir: repoMigrationsDir });
    const before = await migrationRows();

    const messages: string[] = [];
    const again = await migrate(database.url, {
      migrationsDir: repoMigrationsDir,
      logger: { info: (msg) => messages.push(msg) },
    });

    expect(again.applied).toEqual([]);
    expect(await migrationRows()).toEqual(before);
    expect(messages).toContain('Database schema is up to date');
  });

  it('creates _prisma_migrations with the columns the Prisma schema engine creates', async () => {
    await migrate(database.url, { migrationsDir: repoMigrationsDir });

    const columns = await query(
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      col('id', 'character varying', 36, 'NO', null),
      col('checksum', 'character varying', 64, 'NO', null),
      col('finished_at', 'timestamp with time zone', null, 'YES', null),
      col('migration_name', 'character varying', 255, 'NO', null),
      col('logs', 'text', null, 'YES', null),
      col('rolled_back_at', 'timestamp with time zone', null, 'YES', null),
      col('started_at', 'timestamp with time zone', null, 'NO', 'now()'),
      col('applied_steps_count', 'integer', null, 'NO', '0'),
    ]);
    const primaryKey = await query(
      `SELECT a.attname::text AS column
         FROM pg_index i
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = '_prisma_migrations'::regclass AND i.indisprimary`,
    );
    expect(primaryKey).toEqual([{ column: 'id' }]);
  });
});

function col(
  column_name: string,
  data_type: string,
  character_maximum_length: number | null,
  is_nullable: 'YES' | 'NO',
  column_default: string | null,
) {
  return { column_name, data_type, character_maximum_length, is_nullable, column_default };
}

describe('migrate() with synthetic migrations', () => {
  it('applies migrations in name order', async () => {
    await writeMigration('20260102000000_second', 'ALTER TABLE first ADD COLUMN b int;');
    await writeMigration('20260101000000_first', 'CREATE TABLE first (a int);');

    const result = await migrate(database.url, { migrationsDir });

    expect(result.applied).toEqual(['20260101000000_first', '20260102000000_second']);
    expect((await migrationRows()).map((row) => row.migration_name)).toEqual(result.applied);
  });

  it('refuses an applied migration whose file changed, naming it, and changes nothing', async () => {
    await writeMigration('20260101000000_first', 'CREATE TABLE first (a int);');
    await migrate(database.url, { migrationsDir });
    const before = await migrationRows();

    await writeMigration('20260101000000_first', 'CREATE TABLE first (a bigint);');
    await writeMigration('20260102000000_second', 'CREATE TABLE second (a int);');
    const error = await migrate(database.url, { migrationsDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationChecksumMismatchError);
    const mismatch = error as MigrationChecksumMismatchError;
    expect(mismatch.migrationName).toBe('20260101000000_first');
    expect(mismatch.message).toContain('Migration "20260101000000_first" was modified after it was applied');
    expect(mismatch.appliedChecksum).toBe(before[0]?.checksum);
    expect(mismatch.fileChecksum).toBe(sha256('CREATE TABLE first (a bigint);'));
    expect(await migrationRows()).toEqual(before);
    expect(await tableExists('second')).toBe(false);
  });

  it('accepts an applied migration whose line endings git converted, as Prisma does', async () => {
    await writeMigration('20260101000000_first', 'CREATE TABLE first (a int);\nSELECT 1;\n');
    await migrate(database.url, { migrationsDir });

    await writeMigration('20260101000000_first', 'CREATE TABLE first (a int);\r\nSELECT 1;\r\n');

    expect((await migrate(database.url, { migrationsDir })).applied).toEqual([]);
  });

  it('rolls back a failing migration, records nothing for it and names it', async () => {
    await writeMigration('20260101000000_good', 'CREATE TABLE good (a int);');
    await writeMigration(
      '20260102000000_broken',
      'CREATE TABLE half_done (a int);\n\nINSERT INTO no_such_table VALUES (1);\n',
    );
    await writeMigration('20260103000000_later', 'CREATE TABLE later (a int);');

    const error = await migrate(database.url, { migrationsDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationFailedError);
    const failure = error as MigrationFailedError;
    expect(failure.migrationName).toBe('20260102000000_broken');
    expect(failure.message).toMatch(/^Migration "20260102000000_broken" failed and was rolled back/);
    expect(failure.message).toContain('relation "no_such_table" does not exist');
    expect(failure.message).toContain('at line 3 of migration.sql');
    expect(await tableExists('good')).toBe(true);
    expect(await tableExists('half_done')).toBe(false);
    expect(await tableExists('later')).toBe(false);
    expect((await migrationRows()).map((row) => row.migration_name)).toEqual(['20260101000000_good']);

    await writeMigration('20260102000000_broken', 'CREATE TABLE half_done (a int);\n');
    const retry = await migrate(database.url, { migrationsDir });
    expect(retry.applied).toEqual(['20260102000000_broken', '20260103000000_later']);
  });

  it('refuses to run past a migration the Prisma CLI left unfinished', async () => {
    await writeMigration('20260101000000_first', 'CREATE TABLE first (a int);');
    await migrate(database.url, { migrationsDir });
    await query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at)
       VALUES ('00000000-0000-4000-8000-000000000000', '${'0'.repeat(64)}', '20260102000000_crashed', now())`,
    );
    await writeMigration('20260103000000_third', 'CREATE TABLE third (a int);');

    const error = await migrate(database.url, { migrationsDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe('20260102000000_crashed');
    expect(await tableExists('third')).toBe(false);
  });

  it('lets concurrent migrators on one empty database apply each migration once', async () => {
    await writeMigration('20260101000000_first', 'CREATE TABLE first (a int);');
    // Holds the lock long enough that the other migrator is certain to wait for it.
    await writeMigration('20260102000000_slow', 'SELECT pg_sleep(0.5);\nCREATE TABLE slow (a int);');
    await writeMigration('20260103000000_third', 'CREATE TABLE third (a int);');

    const results = await Promise.all([
      migrate(database.url, { migrationsDir }),
      migrate(database.url, { migrationsDir }),
    ]);

    const applied = results.map((result) => result.applied);
    expect(applied).toContainEqual(['20260101000000_first', '20260102000000_slow', '20260103000000_third']);
    expect(applied).toContainEqual([]);
    expect((await migrationRows()).map((row) => row.migration_name)).toEqual([
      '20260101000000_first',
      '20260102000000_slow',
      '20260103000000_third',
    ]);
  });

  it('lets concurrent migrators apply the project migrations once', async () => {
    const results = await Promise.all([1, 2, 3].map(() => migrate(database.url, { migrationsDir: repoMigrationsDir })));

    expect(results.filter((result) => result.applied.length > 0)).toHaveLength(1);
    const names = (await migrationRows()).map((row) => row.migration_name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names a migration directory without migration.sql', async () => {
    await mkdir(join(migrationsDir, '20260101000000_empty'));

    await expect(migrate(database.url, { migrationsDir })).rejects.toMatchObject({
      name: 'MigrationError',
      migrationName: '20260101000000_empty',
    });
  });
});
