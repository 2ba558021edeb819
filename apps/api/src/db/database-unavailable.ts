/**
 * Whether an error from Prisma or node-postgres means "the database cannot serve this now"
 * (unreachable, gone mid-query, every connection busy, statement cancelled by
 * statement_timeout, server shutting down) rather than "this request is wrong". Such errors
 * pass, the request may simply be tried again: the API answers them 503 with Retry-After.
 *
 * The shapes were read off Prisma 7.10 with @prisma/adapter-pg 7.10 and pg 8.23 against a real
 * server (bounded-waits.test.ts makes each happen).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const cause = driverAdapterCause(error);
  if (cause) {
    if (UNAVAILABLE_KINDS.has(String(cause.kind))) return true;
    return cause.kind === 'postgres' && UNAVAILABLE_SQLSTATES.test(String(cause.code));
  }
  // Prisma's own "cannot start a transaction in time" (maxWait), and the connection errors it
  // reports by code rather than with the adapter's cause.
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  // node-postgres and pg-pool raise these as plain Errors without a code, and Prisma passes
  // them through unchanged.
  const message = (error as { message?: unknown }).message;
  return error instanceof Error && typeof message === 'string' && POOL_MESSAGES.test(message);
}

/** @prisma/driver-adapter-utils' error kinds for a connection that failed or broke. */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/**
 * SQLSTATEs: 08 connection exceptions, 53300 too many connections, 55P03 lock not available,
 * 57014 query cancelled (statement_timeout), 57P01–57P03 the server is shutting down or
 * starting.
 */
const UNAVAILABLE_SQLSTATES = /^(08...|53300|55P03|57014|57P0[123])$/;

/**
 * P1001 can't reach the server, P1002 it timed out, P1008 an operation timed out, P1017 the
 * server closed the connection, P2024 no connection from the pool in time, P2028 a transaction
 * could not start (or finish) in time, P2037 too many connections.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2037']);

const POOL_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error)/;

function driverAdapterCause(error: object): { kind?: unknown; code?: unknown } | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: unknown } } }).meta;
  const cause = meta?.driverAdapterError?.cause;
  return typeof cause === 'object' && cause !== null ? cause : undefined;
}
