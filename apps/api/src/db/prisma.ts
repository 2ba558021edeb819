import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type { PrismaClient };

export interface PrismaClientOptions {
  /** Connections kept at most. */
  poolSize?: number;
  /** How long a query waits for a connection, new or free; without it, forever. */
  connectTimeoutMs?: number;
  /** PostgreSQL's statement_timeout; without it, none. */
  statementTimeoutMs?: number;
}

/**
 * The client behind which node-postgres keeps a pool. The HTTP app passes every bound (see
 * "Bounded waits" in docs/architecture.md); scripts that load data in bulk may pass none.
 */
export function createPrismaClient(connectionString: string, options: PrismaClientOptions = {}) {
  const { poolSize = 10, connectTimeoutMs, statementTimeoutMs } = options;
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    // pg-pool applies it both to opening a connection and to waiting for a free one.
    ...(connectTimeoutMs ? { connectionTimeoutMillis: connectTimeoutMs } : {}),
    ...(statementTimeoutMs
      ? {
          statement_timeout: statementTimeoutMs,
          // The server cancels a statement at statement_timeout; this client-side bound only
          // fires when no answer can come at all (a network that drops packets).
          query_timeout: statementTimeoutMs + 1_000,
        }
      : {}),
  });
  return new PrismaClient({ adapter });
}
