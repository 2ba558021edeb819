// Load over HTTP: autocannon against API processes started from the production build, the same
// SQL replayed with pg (the database's floor), and a bare Fastify route (the framework's ceiling).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';

export interface Request {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface LatencyFigures {
  rps: number;
  p50: number;
  p97_5: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  seconds: number;
}

// ---- API processes -------------------------------------------------------------------------------

export interface ApiProcess {
  port: number;
  child: ChildProcess;
  /** Peak resident memory since the last reset, in MiB (VmHWM). */
  peakRssMb(): number;
  resetPeak(): void;
  stop(): Promise<void>;
  output(): string;
}

export async function startApi(options: {
  cwd: string;
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<ApiProcess> {
  let output = '';
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: 'warn',
      COOKIE_SECRET: 'bench-cookie-secret-0123456789-abcdefghijklmnop',
      PUBLIC_URL: `http://127.0.0.1:${options.port}`,
      WEB_DIST_DIR: '/nonexistent',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`http://127.0.0.1:${options.port}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API did not answer within 120 s:\n${output}`);
    await sleep(250);
  }
  const status = () => {
    try {
      return readFileSync(`/proc/${child.pid}/status`, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    port: options.port,
    child,
    peakRssMb: () => Number(/VmHWM:\s+(\d+)/.exec(status())?.[1] ?? 0) / 1024,
    resetPeak: () => {
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
      } catch {
        // not Linux: the figure is the process's lifetime peak
      }
    },
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** A bare Fastify route in its own process: the framework's ceiling on this machine. */
export async function startBareFastify(cwd: string, port: number): Promise<ChildProcess> {
  const source = `import Fastify from 'fastify';
const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ port: ${port}, host: '127.0.0.1' });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], { cwd, stdio: 'ignore' });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/hello`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the bare Fastify route did not start');
    await sleep(200);
  }
}

// ---- autocannon ----------------------------------------------------------------------------------

function figures(result: autocannon.Result): LatencyFigures {
  return {
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    seconds: result.duration,
  };
}

/**
 * One autocannon run, bounded by time and by count. `requests` rotate: connection c's n-th
 * request is requests[(c + n·connections) mod length] so no two connections send the same write.
 */
export async function load(options: {
  ports: number[];
  requests: Request[];
  connections: number;
  seconds: number;
  maxRequests?: number;
  /** Requests per second over all connections; omitted: as fast as the API answers. */
  rate?: number;
}): Promise<LatencyFigures> {
  const { requests, ports } = options;
  const perPort = Math.max(1, Math.floor(options.connections / ports.length));
  const runs = ports.map((port, p) => {
    let next = p;
    return autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: perPort,
      duration: options.seconds,
      ...(options.maxRequests
        ? { maxOverallRequests: Math.max(perPort, Math.ceil(options.maxRequests / ports.length)) }
        : {}),
      ...(options.rate ? { overallRate: Math.max(1, Math.round(options.rate / ports.length)) } : {}),
      timeout: 10,
      requests: [
        {
          setupRequest: (req) => {
            const r = requests[next % requests.length] as Request;
            next += ports.length;
            return {
              ...req,
              method: r.method,
              path: r.path,
              headers: { ...(r.body === undefined ? {} : { 'content-type': 'application/json' }), ...r.headers },
              ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
            };
          },
        },
      ],
    });
  });
  const results = await Promise.all(runs);
  if (results.length === 1) return figures(results[0] as autocannon.Result);
  // Several processes: throughput adds up, latencies are the worst of them.
  const all = results.map(figures);
  return {
    rps: all.reduce((n, f) => n + f.rps, 0),
    p50: Math.max(...all.map((f) => f.p50)),
    p97_5: Math.max(...all.map((f) => f.p97_5)),
    p99: Math.max(...all.map((f) => f.p99)),
    requests: all.reduce((n, f) => n + f.requests, 0),
    errors: all.reduce((n, f) => n + f.errors, 0),
    timeouts: all.reduce((n, f) => n + f.timeouts, 0),
    non2xx: all.reduce((n, f) => n + f.non2xx, 0),
    seconds: Math.max(...all.map((f) => f.seconds)),
  };
}

// ---- the SQL a request runs, and its floor -------------------------------------------------------

export interface Statement {
  text: string;
  values: (string | null)[];
}

/** Reads PostgreSQL's log (log_statement = all, log_line_prefix '%m [%p] ') from `offset` on. */
export function statementsInLog(log: string): Statement[] {
  const entries: string[] = [];
  for (const line of log.split('\n')) {
    if (/^\d{4}-\d\d-\d\d /.test(line)) entries.push(line);
    else if (entries.length) entries[entries.length - 1] += `\n${line}`;
  }
  const statements: Statement[] = [];
  for (const entry of entries) {
    const body = entry.replace(/^\S+ \S+ \S+ \[\d+\] /, '');
    const execute = /^LOG:\s+(?:execute [^:]*|statement): ([\s\S]*)$/.exec(body);
    if (execute) {
      statements.push({ text: (execute[1] as string).trim(), values: [] });
      continue;
    }
    const detail = /^DETAIL:\s+Parameters: ([\s\S]*)$/i.exec(body);
    if (detail && statements.length) {
      const values: (string | null)[] = [];
      const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(detail[1] as string))) {
        values[Number(m[1]) - 1] = m[2] === 'NULL' ? null : (m[3] as string).replace(/''/g, "'");
      }
      (statements[statements.length - 1] as Statement).values = values;
    }
  }
  // The job worker's polling shares the pool; it is not the request's work.
  return statements.filter((s) => !/"Job"/.test(s.text) && !/^(SELECT 1|DEALLOCATE)/i.test(s.text));
}

const TRANSACTION = /^(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)/i;

/**
 * Replays a request's statements with pg at `connections` concurrency for `seconds`: the
 * database's own time for the work. Writes run inside BEGIN … ROLLBACK (their own transaction
 * statements dropped), so every replay does the same work without colliding with the last.
 */
export async function floor(options: {
  databaseUrl: string;
  statements: Statement[];
  write: boolean;
  connections: number;
  seconds: number;
  maxRequests: number;
}): Promise<LatencyFigures & { statements: number }> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.connections });
  const statements = options.write ? options.statements.filter((s) => !TRANSACTION.test(s.text)) : options.statements;
  const latencies: number[] = [];
  let errors = 0;
  let done = 0;
  const until = performance.now() + options.seconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < until && done < options.maxRequests) {
        done++;
        const start = performance.now();
        try {
          if (options.write) await client.query('BEGIN');
          for (const s of statements) await client.query(s.text, s.values);
          if (options.write) await client.query('ROLLBACK');
        } catch {
          errors++;
          await client.query('ROLLBACK').catch(() => {});
        }
        latencies.push(performance.now() - start);
      }
    } finally {
      client.release();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN) * 10) / 10;
  return {
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: at(0.5),
    p97_5: at(0.975),
    p99: at(0.99),
    requests: latencies.length,
    errors,
    timeouts: 0,
    non2xx: 0,
    seconds,
    statements: statements.length,
  };
}

/** Long id lists make plans unreadable (and the file large): lines are cut after `n` characters. */
const clip = (line: string, n: number) => (line.length > n ? `${line.slice(0, n)}…` : line);

/** EXPLAIN (ANALYZE, BUFFERS) of each statement that reads or writes a table; writes rolled back. */
export async function explain(databaseUrl: string, statements: Statement[]): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const out: string[] = [];
  try {
    for (const s of statements) {
      if (TRANSACTION.test(s.text) || !/^\s*(WITH|SELECT|INSERT|UPDATE|DELETE)/i.test(s.text)) continue;
      await client.query('BEGIN');
      try {
        const r = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
        const plan = r.rows.map((row) => clip(row['QUERY PLAN'], 400)).join('\n');
        out.push(`${clip(s.text, 3_000)}\n-- parameters: ${clip(JSON.stringify(s.values), 400)}\n${plan}`);
      } catch (error) {
        out.push(`${clip(s.text, 3_000)}\n-- EXPLAIN failed: ${(error as Error).message}`);
      } finally {
        await client.query('ROLLBACK');
      }
    }
  } finally {
    await client.end();
  }
  return out.join('\n\n');
}

export const load1 = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
