import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../db/seed/factories';
import { createTestApp, type TestApp } from '../../test/app';

// A national-scale file streamed over a real socket: the rows go from PostgreSQL to the client
// a batch at a time, so the process's live heap stays flat however many rows there are.

const ROWS = 100_000;
/**
 * Each row carries about 1 KB of text, so holding the whole file would take well over 100 MB. It
 * goes in a column the search index does not read, which keeps the seed quick.
 */
const LONG_TEXT = 'Språkcafé, läxhjälp och föräldraträffar på gården – öppet för alla. '.repeat(15);
/** Generous against a scheduler's noise, far below what loading the whole file would need. */
const HEAP_GROWTH_BOUND = 48 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveHeap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

let testApp: TestApp;
let base: string;

beforeAll(async () => {
  // The seed is one statement over 100 000 rows, longer than the usual 5-second bound (which is
  // for answers; each batch of the export takes milliseconds).
  testApp = await createTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: '300000' });
  const db = testApp.app.prisma;
  const actor = await createOrganisation(db, { kind: 'LOCAL_ACTOR' });
  await db.$executeRaw`
    INSERT INTO "Offering" ("organisationId", "title", "summary", "capacityDescription", "focusAreas", "targetGroups",
      "municipalityCodes", "supportTypes", "status", "publishedAt", "updatedAt")
    SELECT ${actor.id}::uuid, 'Erbjudande nr ' || g, 'Sammanfattning ' || g, ${LONG_TEXT},
      ARRAY['UNEMPLOYMENT']::"FocusArea"[], ARRAY['PARENTS']::"TargetGroup"[], ARRAY['0581'],
      ARRAY['ACTIVITY']::"SupportType"[], 'PUBLISHED', now(), now()
    FROM generate_series(1, ${ROWS}) AS g`;
  // What autovacuum does on a real database once a table has grown; without statistics the
  // planner takes 100 000 rows for a handful.
  await db.$executeRaw`ANALYZE "Offering"`;
  base = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
}, 300_000);

afterAll(async () => testApp.close());

describe('a 100 000-row export', () => {
  it('streams every row while the live heap stays bounded', async ({ annotate }) => {
    const before = liveHeap();
    let peak = before;
    let lines = 0;
    let bytes = 0;
    let sinceSample = 0;
    const started = performance.now();

    const response = await fetch(`${base}/api/v1/open-data/offerings.csv`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(response.status, response.ok ? '' : await response.text()).toBe(200);
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      sinceSample += value.byteLength;
      for (const byte of value) if (byte === 0x0a) lines++;
      // A sample every few megabytes: what the process still holds, not garbage not yet collected.
      if (sinceSample > 8 * 1024 * 1024) {
        sinceSample = 0;
        peak = Math.max(peak, liveHeap());
      }
    }
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, liveHeap());

    expect(lines).toBe(ROWS + 1);
    const growth = peak - before;
    // Reported, not asserted: the speed depends on the machine.
    await annotate(
      `open data: ${ROWS} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
        `(${Math.round(ROWS / seconds)} rows/s); live heap grew at most ${(growth / 1e6).toFixed(1)} MB`,
    );
    expect(growth).toBeLessThan(HEAP_GROWTH_BOUND);
    expect(bytes).toBeGreaterThan(ROWS * 1000);
  }, 600_000);
});
