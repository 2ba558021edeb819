import closeWithGrace from 'close-with-grace';
import { pino } from 'pino';
import { buildApp, type App } from './app';
import { ConfigError, parseConfig, type Config } from './config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seed/demo-data';
import { prepareDatabase, type PreparedDatabase } from './prepare-database';

const NODE_MAJOR_NEEDED = 24;
if (Number(process.versions.node.split('.')[0]) < NODE_MAJOR_NEEDED) {
  process.stderr.write(
    `Mötesplats needs Node.js ${NODE_MAJOR_NEEDED} or newer; this is Node.js ${process.versions.node}.\n`,
  );
  process.exit(1);
}

let config: Config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const logger = pino({ level: config.LOG_LEVEL });

let database: PreparedDatabase | undefined;
let app: App | undefined;

// SIGTERM or SIGINT: the server stops accepting connections, in-flight requests and running
// jobs finish, the pool closes, the embedded PostgreSQL stops, exit 0. Past SHUTDOWN_TIMEOUT_MS,
// or on a second signal, exit 1 at once. An uncaught error (a failed start among them) closes
// the same way and exits 1.
closeWithGrace(
  {
    delay: config.SHUTDOWN_TIMEOUT_MS,
    logger,
    onSecondSignal: (signal) => logger.error({ signal }, 'second signal: exiting without waiting'),
    onTimeout: (delay) =>
      logger.error(`not stopped within SHUTDOWN_TIMEOUT_MS (${delay} ms): exiting with work unfinished`),
  },
  async ({ signal, err }) => {
    const started = performance.now();
    if (err) logger.error({ err }, 'stopping after an unexpected error');
    else logger.info({ signal }, 'stopping: no new connections; waiting for requests and jobs in progress');
    await app?.close();
    await database?.stop();
    logger.info({ ms: Math.round(performance.now() - started) }, 'stopped');
  },
);

async function start() {
  database = await prepareDatabase(config, logger);
  app = await buildApp(config, { databaseUrl: database.url, loggerInstance: logger });
  await app.listen({ host: config.HOST, port: config.PORT });
  process.stdout.write(welcome(config, database.demoLoaded));
}

// Not awaited: a failed start reaches close-with-grace as an unhandled rejection.
void start();

function welcome(config: Config, demoLoaded: boolean): string {
  const accounts = config.LOAD_DEMO_DATA
    ? [
        '',
        `Demo accounts${demoLoaded ? ' (demo data loaded now)' : ''}, password "${DEMO_PASSWORD}":`,
        ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(42)} ${a.description}`),
      ]
    : [];
  return [
    '',
    `Mötesplats is running at ${config.PUBLIC_URL}`,
    ...(config.API_DOCS ? [`API documentation: ${config.PUBLIC_URL}/api/docs`] : []),
    ...(config.servesDevMailbox ? [`Development mail: ${config.PUBLIC_URL}/dev/mail`] : []),
    ...accounts,
    '',
    'Stop with Ctrl-C.',
    '',
  ].join('\n');
}
