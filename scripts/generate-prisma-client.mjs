// `prisma generate` never runs the schema engine, but the CLI refuses to start unless it can
// find one, and it cannot download one on machines that reach only the package registries.
// Any existing file satisfies the check (see "Migrations" in docs/architecture.md).
import { spawnSync } from 'node:child_process';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync('pnpm', ['exec', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
