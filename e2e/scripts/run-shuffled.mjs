// Runs the journeys with their spec files in a random order, to show that no journey depends on
// another having run before it. Playwright has no shuffle of its own (it sorts files by path), so
// this copies tests/*.spec.ts into .shuffled/ under names that sort in an order drawn from a seed,
// and runs Playwright there (E2E_TEST_DIR). Every other argument goes to Playwright:
//
//   node scripts/run-shuffled.mjs [--seed=N | --reverse] [--workers=2] [--shard=1/2] ...
//
// The seed is printed, so a failing order can be run again.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const seedArg = args.find((a) => a.startsWith('--seed='));
const seed = seedArg ? Number(seedArg.slice('--seed='.length)) : Math.floor(Math.random() * 2 ** 31);
const reverse = args.includes('--reverse');
const playwrightArgs = args.filter((a) => a !== seedArg && a !== '--reverse');

// mulberry32: a small seeded generator, enough to pick an order.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const files = readdirSync(join(root, 'tests'))
  .filter((f) => f.endsWith('.spec.ts'))
  .sort();
if (reverse) files.reverse();
else {
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
}

// A sibling of tests/, so the copies' relative imports (../support, ../../apps) still resolve.
const dir = join(root, '.shuffled');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
files.forEach((file, i) => copyFileSync(join(root, 'tests', file), join(dir, `${String(i).padStart(2, '0')}-${file}`)));
console.log(`${reverse ? 'reversed' : `seed ${seed}`}: ${files.join(', ')}`);

const run = spawnSync('playwright', ['test', ...playwrightArgs], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, E2E_TEST_DIR: dir },
});
rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
