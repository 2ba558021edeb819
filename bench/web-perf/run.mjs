#!/usr/bin/env node
// The browser side of the benchmarks: builds the app, starts the production build on its own port
// with the demo data in a temporary data directory, and runs Lighthouse (mobile defaults, the
// median of several runs) on the pages a newcomer meets first, one signed in as a curator. Writes
// bench/results/<date>-web.json and bench/results/<date>-web.md, with the JavaScript sizes
// (apps/web/scripts/initial-js.mjs) and the machine's load average beside every run.
//
//   pnpm bench:web [-- --runs 3] [--port 3016] [--no-build] [--page home ...] [--out bench/results]
//
// Chromium: CHROME_PATH, else /usr/bin/chromium. Never part of `pnpm test`.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const { values: args } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: process.env.WEB_BENCH_PORT ?? '3016' },
    build: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
    page: { type: 'string', multiple: true },
    out: { type: 'string', default: join(root, 'bench', 'results') },
    label: { type: 'string', default: '' },
  },
});
const runs = Math.max(1, Number(args.runs));
const port = Number(args.port);
const base = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const node = process.execPath;
const SWEDISH = '../../packages/texts/src/catalogue/sv.ts';
const CURATOR = { email: 'sara.holmstrom@demo.motesplats.se', password: 'motesplats-demo' };

/** The issue's targets: what the table marks as met or missed. */
const TARGETS = {
  performance: 0.9,
  performanceHomeAndLab: 0.95,
  accessibility: 1,
  bestPractices: 1,
  lcpMs: 2500,
  cls: 0.1,
  initialJsKb: 150,
  allJsKb: 350,
};

const log = (message) => console.error(`[bench:web] ${message}`);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

// 1. Build (unless told not to) and measure the JavaScript.
if (args.build && !args['no-build']) {
  log('building (pnpm build)…');
  const built = spawnSync('pnpm', ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('pnpm build failed');
}
const sizes = JSON.parse(
  spawnSync(
    node,
    // The Swedish catalogue counts: main.tsx renders nothing before it (index.html preloads it).
    [join(root, 'apps/web/scripts/initial-js.mjs'), '--json', '--route', 'home-page', '--route', SWEDISH],
    { cwd: root, encoding: 'utf8' },
  ).stdout,
);

// 2. Start the built app with the demo data in a directory of its own.
const dataDir = mkdtempSync(join(tmpdir(), 'motesplats-web-bench-'));
// As root, PostgreSQL runs as its own system user, which must be able to enter the directory.
chmodSync(dataDir, 0o755);
log(`starting the app on ${base} (data in ${dataDir})…`);
const server = spawn(node, [join(root, 'apps/api/dist/main.js')], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: '',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: base,
    DATA_DIR: dataDir,
    LOAD_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    AUTH_RATE_LIMIT: '1000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
let chrome;
async function stop() {
  try {
    chrome?.kill();
  } catch {
    // already gone
  }
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
  }
  rmSync(dataDir, { recursive: true, force: true });
}
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the app exited with ${server.exitCode}`);
    const ready = await fetch(`${base}/api/ready`).catch(() => null);
    if (ready?.ok) break;
    if (Date.now() > deadline) throw new Error('the app was not ready within 3 minutes');
    await new Promise((done) => setTimeout(done, 500));
  }

  // 3. The pages: ids from the API as a visitor sees it, the curator's cookie from signing in.
  const json = async (path) => {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response.json();
  };
  const challenges = await json('/api/v1/challenges?limit=1');
  const challengeId = challenges.items[0].id;
  const labs = (await json('/api/v1/labs')).items;
  // The lab with the most to show: the demo's lab with results (indicators and measurements).
  let labId = labs[0].id;
  for (const lab of labs) {
    const results = await fetch(`${base}/api/v1/labs/${lab.id}/results`).then((r) => (r.ok ? r.json() : null));
    if (results && (results.indicators ?? results.items ?? []).length > 0) {
      labId = lab.id;
      break;
    }
  }
  const signIn = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(CURATOR),
  });
  if (!signIn.ok) throw new Error(`signing in as the curator: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

  const allPages = [
    { name: 'home', path: '/', target: TARGETS.performanceHomeAndLab },
    { name: 'challenge search', path: '/challenges', target: TARGETS.performance },
    { name: 'a challenge', path: `/challenges/${challengeId}`, target: TARGETS.performance },
    { name: 'a lab with its results', path: `/labs/${labId}`, target: TARGETS.performanceHomeAndLab },
    { name: 'national overview', path: '/national-overview', target: TARGETS.performance },
    { name: "curator's board", path: '/curator/matches', target: TARGETS.performance, cookie },
  ];
  const pages = args.page ? allPages.filter((p) => args.page.includes(p.name)) : allPages;

  // 4. Lighthouse, mobile defaults (simulated slow 4G and a 4× slower CPU), one Chromium for all.
  chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const results = [];
  for (const page of pages) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const before = load();
      const result = await lighthouse(
        `${base}${page.path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          // Lighthouse 13 sends these with every request of the page, the API's included: the
          // session cookie without a scripted sign-in.
          ...(page.cookie ? { extraHeaders: { Cookie: page.cookie } } : {}),
        },
        undefined,
      ).catch((error) => {
        log(`${page.name} run ${i + 1}/${runs} failed: ${error.message}`);
        return undefined;
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        if (lhr) log(`${page.name} run ${i + 1}/${runs}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        continue;
      }
      const audit = (id) => lhr.audits[id];
      const failing = (category) =>
        lhr.categories[category].auditRefs
          .filter((ref) => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score < 1)
          .map((ref) => ref.id);
      const sample = {
        finalUrl: lhr.finalDisplayedUrl,
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories['best-practices'].score,
        seo: lhr.categories.seo.score,
        fcpMs: Math.round(audit('first-contentful-paint').numericValue),
        lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
        cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(3)),
        tbtMs: Math.round(audit('total-blocking-time').numericValue),
        speedIndexMs: Math.round(audit('speed-index').numericValue),
        transferredKb: Math.round(audit('total-byte-weight').numericValue / 100) / 10,
        // What moved, for finding the cause of a layout shift: the element and its share of CLS.
        layoutShifts: (audit('layout-shifts')?.details?.items ?? []).slice(0, 5).map((item) => ({
          element: item.node?.snippet ?? item.node?.selector ?? '',
          score: Number((item.score ?? 0).toFixed(3)),
        })),
        lcpElement: audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
        // Where the main thread's time went (scripting, style and layout, parsing…), in ms.
        mainThread: Object.fromEntries(
          (audit('mainthread-work-breakdown').details?.items ?? []).map((item) => [
            item.group,
            Math.round(item.duration),
          ]),
        ),
        inspectorIssues: (audit('inspector-issues').details?.items ?? []).map((item) => item.issueType ?? ''),
        consoleErrors: (audit('errors-in-console').details?.items ?? []).map((item) => item.description ?? ''),
        failing: {
          accessibility: failing('accessibility'),
          bestPractices: failing('best-practices'),
          seo: failing('seo'),
        },
        loadAverage: { before, after: load() },
        // Lighthouse's own measure of this machine's speed at the time (a mid-range phone's
        // desktop host scores ~1000+); simulated TBT and LCP grow as it falls.
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      };
      samples.push(sample);
      log(
        `${page.name} run ${i + 1}/${runs}: performance ${Math.round(sample.performance * 100)}, LCP ${sample.lcpMs} ms, CLS ${sample.cls}, TBT ${sample.tbtMs} ms (load ${sample.loadAverage.after})`,
      );
    }
    if (samples.length === 0) throw new Error(`every Lighthouse run of ${page.name} failed`);
    // The median run by performance score (Lighthouse's own advice for variance).
    const median = [...samples].sort((a, b) => a.performance - b.performance)[Math.floor(samples.length / 2)];
    results.push({
      name: page.name,
      path: page.path,
      signedIn: Boolean(page.cookie),
      target: page.target,
      median,
      samples,
    });
  }

  // 5. Results.
  const date = new Date().toISOString().slice(0, 10);
  const report = {
    date: new Date().toISOString(),
    label: args.label || undefined,
    machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtEnd: load() },
    lighthouse: {
      version: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
      runs,
    },
    chromium: chromePath,
    targets: TARGETS,
    javascript: {
      initialGzipKb: sizes.total.gzip / 1000,
      initialBrotliKb: sizes.total.brotli / 1000,
      allGzipKb: sizes.all.gzip / 1000,
      allBrotliKb: sizes.all.brotli / 1000,
      largestChunk: sizes.largest,
      files: sizes.all.files,
    },
    pages: results,
  };
  mkdirSync(args.out, { recursive: true });
  const stem = join(args.out, `${date}-web`);
  writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${stem}.md`, markdown(report));
  log(`wrote ${stem}.json and ${stem}.md`);
  process.stdout.write(markdown(report));
} finally {
  await stop();
}

function markdown(report) {
  const pct = (n) => (n === null ? '–' : String(Math.round(n * 100)));
  const mark = (ok) => (ok ? '' : ' ✗');
  const js = report.javascript;
  const lines = [
    `# Browser figures ${report.date.slice(0, 16).replace('T', ' ')} UTC${report.label ? ` (${report.label})` : ''}`,
    '',
    `Lighthouse ${report.lighthouse.version}, mobile defaults (simulated slow 4G, 4× CPU slowdown), median of ${report.lighthouse.runs} runs, ` +
      `Chromium ${report.chromium}, ${report.machine.cpus} cores (${report.machine.model}); load average at the end ${report.machine.loadAverageAtEnd}. ` +
      '✗ marks a missed target.',
    '',
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | CLS | TBT | load avg (1/5/15 min) | benchmark index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...report.pages.map(({ name, signedIn, target, median: m }) =>
      [
        `${name}${signedIn ? ' (signed in)' : ''}`,
        pct(m.performance) + mark(m.performance >= target),
        pct(m.accessibility) + mark(m.accessibility >= 1),
        pct(m.bestPractices) + mark(m.bestPractices >= 1),
        pct(m.seo),
        `${(m.fcpMs / 1000).toFixed(1)} s`,
        `${(m.lcpMs / 1000).toFixed(1)} s${mark(m.lcpMs <= report.targets.lcpMs)}`,
        `${m.cls}${mark(m.cls <= report.targets.cls)}`,
        `${m.tbtMs} ms`,
        m.loadAverage.after,
        m.benchmarkIndex ?? '–',
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
    '',
    '| JavaScript | gzip | brotli | target |',
    '| --- | ---: | ---: | ---: |',
    `| initial (index.html, the Swedish texts and the home page) | ${js.initialGzipKb.toFixed(1)} KB${mark(js.initialGzipKb <= report.targets.initialJsKb)} | ${js.initialBrotliKb.toFixed(1)} KB | ≤ ${report.targets.initialJsKb} KB |`,
    `| all | ${js.allGzipKb.toFixed(1)} KB${mark(js.allGzipKb <= report.targets.allJsKb)} | ${js.allBrotliKb.toFixed(1)} KB | ≤ ${report.targets.allJsKb} KB |`,
    `| largest route chunk: ${js.largestChunk.file} | ${(js.largestChunk.gzip / 1000).toFixed(1)} KB | ${(js.largestChunk.brotli / 1000).toFixed(1)} KB | |`,
    '',
  ];
  const notes = report.pages.flatMap(({ name, median: m }) => {
    const out = [];
    for (const [category, ids] of Object.entries(m.failing))
      if (ids.length) out.push(`- ${name}, ${category}: ${ids.join(', ')}`);
    if (m.consoleErrors.length) out.push(`- ${name}, console errors: ${m.consoleErrors.join(' / ')}`);
    if (m.inspectorIssues?.length) out.push(`- ${name}, issues in Chromium's panel: ${m.inspectorIssues.join(', ')}`);
    if (m.layoutShifts?.length) {
      out.push(`- ${name}, layout shifts: ${m.layoutShifts.map((s) => `${s.element} ${s.score}`).join(', ')}`);
    }
    return out;
  });
  if (notes.length) lines.push('Audits below full marks in the median run:', '', ...notes, '');
  return `${lines.join('\n')}\n`;
}
