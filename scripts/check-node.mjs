// One clear line, not a stack trace, when the running Node is older than `engines.node`.
// Written for old Nodes: no syntax or API newer than what Node 18 understands.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const needed = Number(/(\d+)/.exec(engines.node)[1]);
const running = Number(process.versions.node.split('.')[0]);
if (running < needed) {
  process.stderr.write(
    `Mötesplats needs Node.js ${needed} or newer; this is Node.js ${process.versions.node} (${process.execPath}).\n`,
  );
  process.exit(1);
}
