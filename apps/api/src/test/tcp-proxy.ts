import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between the app and PostgreSQL that a test can take away and give back, to show
 * what the app does while its database is unreachable, without stopping the test server that
 * every other test file shares.
 */
export interface TcpProxy {
  /** `databaseUrl` with the proxy's address instead of the server's. */
  url: string;
  /** As a stopped server: open connections are cut, new ones refused. */
  stop(): Promise<void>;
  /**
   * As a network that drops packets: nothing arrives any more on open connections, and new
   * ones are accepted but never answered.
   */
  blackhole(): void;
  /** Back to normal: a blackholed network delivers what it held, a stopped server accepts again. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  const targetPort = Number(target.port || 5432);
  const pairs = new Set<{ client: Socket; upstream?: Socket }>();
  let mode: 'open' | 'blackhole' = 'open';

  const forward = (pair: { client: Socket; upstream?: Socket }) => {
    const upstream = connect(targetPort, target.hostname);
    pair.upstream = upstream;
    upstream.on('error', () => pair.client.destroy());
    upstream.on('close', () => pair.client.destroy());
    pair.client.pipe(upstream);
    upstream.pipe(pair.client);
  };

  const onConnection = (client: Socket) => {
    const pair: { client: Socket; upstream?: Socket } = { client };
    pairs.add(pair);
    client.on('error', () => pair.upstream?.destroy());
    client.on('close', () => {
      pair.upstream?.destroy();
      pairs.delete(pair);
    });
    if (mode === 'blackhole') client.pause();
    else forward(pair);
  };

  let server: Server = createServer(onConnection);
  await listen(server, 0);
  const { port } = server.address() as { port: number };
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);

  const destroyAll = () => {
    for (const { client, upstream } of pairs) {
      client.destroy();
      upstream?.destroy();
    }
    pairs.clear();
  };

  return {
    url: url.toString(),
    async stop() {
      destroyAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    blackhole() {
      mode = 'blackhole';
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream?.pause();
      }
    },
    async restore() {
      mode = 'open';
      for (const pair of pairs) {
        if (pair.upstream) {
          pair.client.resume();
          pair.upstream.resume();
        } else {
          forward(pair); // pipe() resumes the client, with the bytes it held
        }
      }
      if (!server.listening) {
        server = createServer(onConnection);
        await listen(server, port);
      }
    },
    async close() {
      destroyAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
