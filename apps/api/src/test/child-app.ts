import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// The built app (dist/main.js, what `pnpm start` and the container run) as a child process,
// for tests that stop it with signals while it works.

const API_DIR = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(API_DIR, 'dist/main.js');
const MAX_LOG_LINES = 10_000;

/** Builds what ships (esbuild, about a second), so that a test runs today's code. */
export async function buildApi(): Promise<void> {
  await promisify(execFile)(process.execPath, [join(API_DIR, 'scripts/build.mjs')], { cwd: API_DIR });
}

export interface LogLine {
  msg: string;
  /** When the app wrote it (ms since the epoch). */
  time: number;
  /** On "stopped": from the signal to everything closed, by the app's clock. */
  ms?: number;
}

export interface ChildApp {
  child: ChildProcess;
  port: number;
  /** Log lines (pino JSON) so far, the latest 10 000. */
  logs: LogLine[];
  exited: Promise<{ code: number | null; at: number }>;
  /** Resolves with the first log line whose message matches. */
  logged(message: RegExp): Promise<void>;
}

/** Starts dist/main.js on `databaseUrl` and resolves once it listens. */
export async function startChildApp(
  databaseUrl: string,
  env: Record<string, string> = {},
  children?: ChildProcess[],
): Promise<ChildApp> {
  const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      PUBLIC_URL: 'http://motesplats.test',
      DATABASE_URL: databaseUrl,
      LOAD_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'info',
      // As in test/app.ts: a busy test machine's stalls are not what these tests look at.
      MAX_EVENT_LOOP_DELAY_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children?.push(child);
  const logs: LogLine[] = [];
  const waiters: { message: RegExp; resolve: () => void }[] = [];
  let buffered = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue; // the welcome text
      const entry = JSON.parse(line) as LogLine;
      logs.push(entry);
      // A long run logs every request; the recent lines are enough.
      if (logs.length > MAX_LOG_LINES) logs.splice(0, logs.length - MAX_LOG_LINES);
      for (const waiter of waiters.filter((w) => w.message.test(entry.msg))) waiter.resolve();
    }
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
    // 'close', not 'exit': by then every line the process wrote has been read.
    child.once('close', (code) => resolve({ code, at: performance.now() })),
  );
  const logged = (message: RegExp) =>
    logs.some((entry) => message.test(entry.msg))
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          waiters.push({ message, resolve });
          void exited.then(({ code }) => reject(new Error(`exited with ${code} before logging ${message}`)));
        });
  await logged(/^Server listening at /);
  const address = logs.find((entry) => entry.msg.startsWith('Server listening at '))!.msg;
  return { child, port: Number(new URL(address.replace('Server listening at ', '')).port), logs, exited, logged };
}
