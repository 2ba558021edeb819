import type { ErrorCode } from '@motesplats/contracts';

export const STATUS_OF: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  TOKEN_INVALID: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  ORGANISATION_NOT_VERIFIED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  EMAIL_TAKEN: 409,
  ALREADY_MEMBER: 409,
  LAST_OWNER: 409,
  MATCH_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  REQUEST_TIMEOUT: 408,
  HEADERS_TOO_LARGE: 431,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/**
 * What a 503 tells the client in Retry-After: the causes (a database away, a pool busy, an
 * overloaded process) pass within seconds or are worth probing every few seconds.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** An error meant for the client: its code decides the status, its message is shown. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return STATUS_OF[this.code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const forbidden = (message = 'You may not do this') => new AppError('FORBIDDEN', message);
/** An organisation that waits for a curator's verification may not do this yet. */
export const notVerified = (message: string, organisationId: string) =>
  new AppError('ORGANISATION_NOT_VERIFIED', message, { organisationId });
