import { ErrorEnvelope, type ErrorCode, type FieldIssue } from '@motesplats/contracts';
import { z } from 'zod';

/**
 * The one HTTP client of the web app. Every request body and query is parsed with its contract
 * schema before it leaves, every answer is parsed with its contract schema when it arrives, and
 * every failure becomes an ApiError, so pages deal with exactly one kind of error.
 */

export type ApiErrorDetails = {
  part?: string;
  issues?: FieldIssue[];
  [key: string]: unknown;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: ApiErrorDetails;
  readonly requestId: string | undefined;

  constructor(status: number, code: ErrorCode, message: string, details: ApiErrorDetails = {}, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The answer of routes that reply 204 No Content. */
export const NoContent = z.undefined();

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiRequest<Res extends z.ZodType, Body extends z.ZodType, Query extends z.ZodType> {
  method?: HttpMethod;
  path: string;
  /** The body and the contract schema it is parsed with before it is sent. */
  body?: { schema: Body; value: z.input<Body> };
  /** Or a file sent as it is, with its own type (an image upload). */
  file?: Blob;
  query?: { schema: Query; value: z.input<Query> };
  response: Res;
  signal?: AbortSignal;
}

// The CSRF token comes with the signed-in user (Me) and goes back on every write. It is kept here,
// in the client, rather than in React state, so that every caller sends it without knowing of it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthenticatedListener = () => void;
let onUnauthenticated: UnauthenticatedListener | null = null;

/** Called when a request finds the session gone (expired, or signed out in another tab). */
export function setUnauthenticatedListener(listener: UnauthenticatedListener | null): void {
  onUnauthenticated = listener;
}

/** What an error status means when the body is not our envelope (a proxy, a crashed server). */
export function codeForStatus(status: number): ErrorCode {
  if (status === 0 || status === 502 || status === 503 || status === 504) return 'UNAVAILABLE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 408) return 'REQUEST_TIMEOUT';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 431) return 'HEADERS_TOO_LARGE';
  if (status >= 500) return 'INTERNAL';
  return 'BAD_REQUEST';
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol'),
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * Parses what we are about to send, and fails the way the API would (400 VALIDATION_FAILED with
 * field issues), so the form layer handles a client-side and a server-side refusal alike.
 */
export function parseRequestPart<S extends z.ZodType>(schema: S, value: unknown, part: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiError(400, 'VALIDATION_FAILED', 'The request has invalid fields', {
      part,
      issues: issuesOf(result.error),
    });
  }
  return result.data;
}

export function toSearchParams(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue;
      params.append(key, String(v));
    }
  }
  return params;
}

/** Turns a failed Response into an ApiError, trusting only what matches the error contract. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const envelope = ErrorEnvelope.safeParse(body);
  if (envelope.success) {
    const { code, message, details } = envelope.data.error;
    return new ApiError(response.status, code, message, details ?? {}, envelope.data.requestId);
  }
  return new ApiError(response.status, codeForStatus(response.status), response.statusText || 'Request failed');
}

/** Parses a successful Response with its contract schema. */
export async function parseResponse<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  let body: unknown = undefined;
  if (response.status !== 204) {
    const text = await response.text();
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ApiError(response.status, 'INTERNAL', 'The answer was not JSON');
      }
    }
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    // A contract mismatch is a bug on one side or the other; the issues travel with the error.
    throw new ApiError(response.status, 'INTERNAL', `The answer from ${response.url} did not match its contract`, {
      issues: issuesOf(result.error),
    });
  }
  return result.data;
}

export async function apiRequest<Res extends z.ZodType, Body extends z.ZodType, Query extends z.ZodType>(
  request: ApiRequest<Res, Body, Query>,
): Promise<z.output<Res>> {
  const method = request.method ?? 'GET';
  const headers = new Headers({ accept: 'application/json' });
  let body: string | Blob | undefined;
  if (request.body) {
    body = JSON.stringify(parseRequestPart(request.body.schema, request.body.value, 'body'));
    headers.set('content-type', 'application/json');
  } else if (request.file) {
    body = request.file;
    headers.set('content-type', request.file.type || 'application/octet-stream');
  }
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);

  let url = request.path;
  if (request.query) {
    const query = parseRequestPart(request.query.schema, request.query.value, 'querystring');
    const search = toSearchParams(query as Record<string, unknown>).toString();
    if (search) url += `?${search}`;
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'UNAVAILABLE', 'The server could not be reached');
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (error.code === 'UNAUTHENTICATED' && csrfToken !== null) {
      csrfToken = null;
      onUnauthenticated?.();
    }
    throw error;
  }
  return parseResponse(response, request.response);
}
