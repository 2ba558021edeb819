#!/usr/bin/env node
// Reports the JavaScript a page needs before it can show anything, per chunk, from a build's
// manifest: the entry that index.html loads with its static imports, plus the lazy route chunks
// named with --route (the home page by default) with theirs. Sizes are gzip level 9 and brotli
// quality 11, as the build's pre-compressed .gz and .br files. "holds" attributes each chunk's
// bytes to packages and source folders through the chunk's source map. Then every JavaScript file
// of the build together, and the largest chunk index.html does not load (the heaviest page).
//
//   node scripts/initial-js.mjs [--dist dist] [--route home-page ...] [--budget 150] [--all-budget 350] [--json]
//
// --route takes a chunk name (the file name without hash) or a source path as the manifest names
// it (src/features/labs/routes/home-page.tsx); --budget fails (exit 1) when the total gzip size in
// KB (1000 bytes, as Vite reports) exceeds it, --all-budget when all JavaScript does; --json prints the figures for other tools.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const argv = process.argv.slice(2);
const { values: args } = parseArgs({
  // `pnpm size:web -- --json` passes the `--` along.
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    dist: { type: 'string', default: join(dirname(fileURLToPath(import.meta.url)), '..', 'dist') },
    route: { type: 'string', multiple: true, default: ['home-page'] },
    budget: { type: 'string' },
    'all-budget': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const dist = resolve(args.dist);
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} not found: build the web app first (pnpm build; build.manifest is on).`);
  process.exit(2);
}
/** @type {Record<string, { file: string, name?: string, src?: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('the manifest has no entry');

/** The key of a lazy chunk by name or source path. */
function routeKey(route) {
  const key = Object.keys(manifest).find((k) => k === route || manifest[k].src === route || manifest[k].name === route);
  if (!key) {
    console.error(`no chunk named "${route}" in the manifest; pass --route with a chunk name or source path`);
    process.exit(2);
  }
  return key;
}

/** A chunk and everything it imports statically, in load order, each once. */
function withStaticImports(key, seen, into) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) withStaticImports(imported, seen, into);
  into.push({ key, loadedBy: key === entryKey ? 'index.html' : undefined });
}

const seen = new Set();
const initial = [];
withStaticImports(entryKey, seen, initial);
for (const item of initial) item.loadedBy ??= 'index.html';
for (const route of args.route) {
  const before = initial.length;
  withStaticImports(routeKey(route), seen, initial);
  for (const item of initial.slice(before)) item.loadedBy = `route ${route}`;
}

/** Groups a source path into what a reader recognises: a package, or one of our files. */
function groupOf(source) {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  return source.replace(/^(\.\.\/)+/, '').replace(/^\0/, '');
}

/** Bytes of generated code per group, from the source map's mappings. */
function holdings(file, code) {
  const mapPath = join(dist, `${file}.map`);
  if (!existsSync(mapPath)) return [];
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapPath, 'utf8')));
  const lines = code.split('\n');
  const bytes = new Map();
  let previous = null;
  const close = (end) => {
    if (!previous) return;
    const line = lines[previous.generatedLine - 1] ?? '';
    const stop = end && end.generatedLine === previous.generatedLine ? end.generatedColumn : line.length;
    const group = previous.source ? groupOf(previous.source) : '(bundler)';
    bytes.set(group, (bytes.get(group) ?? 0) + Math.max(0, stop - previous.generatedColumn));
  };
  consumer.eachMapping((mapping) => {
    close(mapping);
    previous = mapping;
  });
  close(null);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0) || 1;
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([group, size]) => ({ group, share: size / total }));
}

const chunks = initial.map(({ key, loadedBy }) => {
  const { file } = manifest[key];
  const code = readFileSync(join(dist, file));
  return {
    file,
    loadedBy,
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    holds: holdings(file, code.toString('utf8')),
  };
});
function sum(list) {
  return {
    bytes: list.reduce((n, c) => n + c.bytes, 0),
    gzip: list.reduce((n, c) => n + c.gzip, 0),
    brotli: list.reduce((n, c) => n + c.brotli, 0),
  };
}
const fromIndexHtml = sum(chunks.filter((c) => c.loadedBy === 'index.html'));
const total = sum(chunks);

// Every JavaScript file of the build, each once, and the largest that index.html does not load:
// what a reader downloads over a whole visit, and the heaviest single page to open.
const initialFiles = new Set(chunks.filter((c) => c.loadedBy === 'index.html').map((c) => c.file));
const everyFile = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) =>
  file.endsWith('.js'),
);
const allChunks = everyFile.map((file) => {
  const code = readFileSync(join(dist, file));
  const chunk = Object.values(manifest).find((c) => c.file === file);
  return {
    file,
    source: chunk?.src ?? chunk?.name,
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const all = { ...sum(allChunks), files: allChunks.length };
const largest = allChunks.filter((c) => !initialFiles.has(c.file)).sort((a, b) => b.gzip - a.gzip)[0] ?? null;
const allBudget = args['all-budget'] === undefined ? undefined : Number(args['all-budget']);
const budget = args.budget === undefined ? undefined : Number(args.budget);

if (args.json) {
  console.log(
    JSON.stringify(
      { routes: args.route, chunks, fromIndexHtml, total, all, largest, budgetKb: budget, allBudgetKb: allBudget },
      null,
      2,
    ),
  );
} else {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(9);
  console.log(`Initial JavaScript for route(s) ${args.route.join(', ')} (${dist})`);
  console.log(`${'chunk'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  loaded by`);
  for (const c of chunks) {
    console.log(`${c.file.padEnd(44)} ${kb(c.bytes)} ${kb(c.gzip)} ${kb(c.brotli)}  ${c.loadedBy}`);
    const shown = c.holds.filter((h) => h.share >= 0.02).slice(0, 8);
    if (shown.length) {
      console.log(`    holds: ${shown.map((h) => `${h.group} ${Math.round(h.share * 100)}%`).join(', ')}`);
    }
  }
  const line = (label, t) => console.log(`${label.padEnd(44)} ${kb(t.bytes)} ${kb(t.gzip)} ${kb(t.brotli)}`);
  line('loaded by index.html', fromIndexHtml);
  line(`total with route(s) ${args.route.join(', ')}`, total);
  console.log('');
  line(`all JavaScript (${all.files} files)`, all);
  if (largest) line(`largest other chunk: ${largest.file}`, largest);
}

if (budget !== undefined && total.gzip / 1000 > budget) {
  console.error(`initial JavaScript is ${(total.gzip / 1000).toFixed(1)} KB gzip, over the budget of ${budget} KB`);
  process.exit(1);
}
if (allBudget !== undefined && all.gzip / 1000 > allBudget) {
  console.error(`all JavaScript is ${(all.gzip / 1000).toFixed(1)} KB gzip, over the budget of ${allBudget} KB`);
  process.exit(1);
}
