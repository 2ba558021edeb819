// Two API processes over one PostgreSQL: a mixed load spread over both, then the proof that the
// job queue ran each job once and that the sign-in rate limit held across both processes.
import pg from 'pg';
import { BENCH_PASSWORD } from './data';
import { load, startApi, type ApiProcess, type LatencyFigures, type Request } from './http';

export interface TwoProcessResult {
  mixed: LatencyFigures;
  jobs: { created: number; completed: number; pending: number; retried: number; workers: number };
  signInLimit: { limit: number; attempts: number; accepted: number; refused: number; held: boolean };
}

export async function twoProcesses(options: {
  apiDir: string;
  databaseUrl: string;
  ports: [number, number];
  seconds: number;
}): Promise<TwoProcessResult> {
  const { databaseUrl, ports } = options;
  const limit = 20;
  const apis: ApiProcess[] = [];
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const env = {
      AUTH_RATE_LIMIT: String(limit),
      WRITE_RATE_LIMIT: '100000',
      MAX_EVENT_LOOP_DELAY_MS: '0',
    };
    for (const port of ports) apis.push(await startApi({ cwd: options.apiDir, port, databaseUrl, env }));
    const started = new Date();

    // Sign in as a match's housing side on one process; the session is valid on both.
    const login = await fetch(`http://127.0.0.1:${ports[0]}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench1@bench.motesplats.se', password: BENCH_PASSWORD }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const session = {
      cookie: login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
      'x-csrf-token': csrfToken,
    };
    const { rows: threads } = await db.query<{ id: string }>(`
      SELECT m."id" FROM "Match" m
      JOIN "Challenge" c ON c."id" = m."challengeId" JOIN "Membership" ms ON ms."organisationId" = c."organisationId"
      JOIN "User" u ON u."id" = ms."userId"
      WHERE u."email" = 'bench1@bench.motesplats.se' AND m."state" IN ('AGREED', 'ACTIVE') ORDER BY m."id" LIMIT 20`);
    const { rows: offerings } = await db.query<{ id: string }>(`
      SELECT o."id" FROM "Offering" o JOIN "Organisation" org ON org."id" = o."organisationId"
      WHERE o."status" = 'PUBLISHED' AND org."verification" = 'VERIFIED' ORDER BY o."id" LIMIT 50`);
    // Reads and writes mixed as a working day mixes them; every message queues notification jobs.
    const requests: Request[] = [];
    for (let i = 0; i < 50; i++) {
      requests.push({ method: 'GET', path: `/api/v1/offerings/${offerings[i % offerings.length]?.id}` });
      requests.push({ method: 'GET', path: '/api/v1/challenges?q=nattvandring&focusArea=CRIME&region=12' });
      if (threads.length > 0 && i % 5 === 0) {
        requests.push({
          method: 'POST',
          path: `/api/v1/matches/${threads[i % threads.length]?.id}/messages`,
          headers: session,
          body: { body: 'Vi ses på mötet i centrumlokalen på torsdag.' },
        });
      }
    }
    const mixed = await load({ ports, requests, connections: 10, seconds: options.seconds, maxRequests: 100_000 });

    // The sign-in limit is per client address and shared through PostgreSQL: twice the limit,
    // alternating between the processes, within one minute.
    let accepted = 0;
    let refused = 0;
    const attempts = limit * 2;
    for (let i = 0; i < attempts; i++) {
      const r = await fetch(`http://127.0.0.1:${ports[i % 2]}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `bench${2 + (i % 5)}@bench.motesplats.se`, password: BENCH_PASSWORD }),
      });
      await r.arrayBuffer();
      if (r.status === 429) refused++;
      else if (r.ok) accepted++;
    }

    // Let the workers of both processes drain what the load queued, then read the queue.
    const deadline = Date.now() + 60_000;
    let jobs: TwoProcessResult['jobs'];
    for (;;) {
      const { rows } = await db.query<TwoProcessResult['jobs']>(
        `SELECT count(*)::int AS created,
                count(*) FILTER (WHERE "state" = 'COMPLETED')::int AS completed,
                count(*) FILTER (WHERE "state" IN ('PENDING', 'RUNNING'))::int AS pending,
                count(*) FILTER (WHERE "attempts" > 1)::int AS retried,
                count(DISTINCT "lockedBy")::int AS workers
         FROM "Job" WHERE "createdAt" >= $1`,
        [started],
      );
      jobs = rows[0] as TwoProcessResult['jobs'];
      if (jobs.pending === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 2_000));
    }
    return {
      mixed,
      jobs,
      signInLimit: { limit, attempts, accepted, refused, held: accepted <= limit && accepted + refused === attempts },
    };
  } finally {
    for (const api of apis) await api.stop();
    await db.end();
  }
}
