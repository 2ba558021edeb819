import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorEnvelope, FieldIssue } from '@motesplats/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { AppError, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../lib/errors';

/** Fastify's own client errors, by code, and what we answer for them. */
const FASTIFY_CLIENT_ERRORS: Record<string, AppError['code']> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

function send(reply: FastifyReply, request: FastifyRequest, status: number, error: ErrorEnvelope['error']) {
  const body: ErrorEnvelope = { error, requestId: String(request.id) };
  return reply.status(status).type('application/json').send(body);
}

function issuesOf(validation: { instancePath: string; message?: string; keyword: string }[]): FieldIssue[] {
  return validation.map((v) => ({
    path: v.instancePath
      .split('/')
      .filter(Boolean)
      .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
    message: v.message ?? 'Invalid value',
    code: v.keyword,
  }));
}

/**
 * Errors the router raises before any hook runs (a malformed URL, an over-long path
 * parameter); passed to Fastify as `frameworkErrors`, so they get the envelope too.
 */
export function frameworkErrorReply(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request, 400, { code: 'BAD_REQUEST', message: error.message });
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers or a URL too long, a
 * request that arrives too slowly, bytes that are not HTTP): passed to Fastify as
 * `clientErrorHandler`, so they get the envelope and a request id too.
 */
export function clientErrorReply(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, ErrorEnvelope['error']['code'], string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', 'The request line or headers are too long']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'REQUEST_TIMEOUT', 'The request did not arrive in time']
        : [400, 'BAD_REQUEST', 'The request is not valid HTTP'];
  const body = JSON.stringify({ error: { code, message }, requestId: randomUUID() } satisfies ErrorEnvelope);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** Prisma's known request errors that a client can cause (a race on a unique key, a row gone). */
function prismaClientError(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  if (code === 'P2002') return new AppError('CONFLICT', 'That conflicts with something that already exists');
  if (code === 'P2025') return new AppError('NOT_FOUND', 'What you asked for was not found');
  return undefined;
}

/**
 * Errors that pass by themselves: the database cannot answer now, or the request outlived
 * REQUEST_TIMEOUT_MS (Fastify's handlerTimeout). Answered 503 with Retry-After, never a hang
 * or a 500.
 */
function unavailableError(error: FastifyError): AppError | undefined {
  if (isDatabaseUnavailable(error)) {
    return new AppError('UNAVAILABLE', 'The database cannot answer right now. Please try again shortly.');
  }
  if (error.code === 'FST_ERR_HANDLER_TIMEOUT') {
    return new AppError('UNAVAILABLE', 'The answer took too long. Please try again shortly.');
  }
  return undefined;
}

/** One envelope for every error; database and internal details never reach the client. */
export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const unavailable = error instanceof AppError ? undefined : unavailableError(error);
      if (unavailable) request.log.warn({ err: error }, 'answered 503: the cause should pass');
      const appError = error instanceof AppError ? error : unavailable;
      if (appError) {
        if (
          (appError.code === 'RATE_LIMITED' || appError.code === 'QUOTA_EXCEEDED') &&
          appError.details?.retryAfterSeconds
        ) {
          void reply.header('retry-after', String(appError.details.retryAfterSeconds));
        }
        if (appError.code === 'UNAVAILABLE') {
          void reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
        }
        return send(reply, request, appError.status, {
          code: appError.code,
          message: appError.message,
          ...(appError.details ? { details: appError.details } : {}),
        });
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        // A path parameter is part of an address: a malformed id names nothing, as an unknown one.
        if (error.validationContext === 'params') {
          return send(reply, request, 404, { code: 'NOT_FOUND', message: 'What you asked for was not found' });
        }
        return send(reply, request, 400, {
          code: 'VALIDATION_FAILED',
          message: 'The request has invalid fields',
          details: { part: error.validationContext ?? 'body', issues: issuesOf(error.validation) },
        });
      }
      const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
      if (known) {
        return send(reply, request, error.statusCode ?? 400, { code: known, message: error.message });
      }
      const prismaError = prismaClientError(error);
      if (prismaError) {
        return send(reply, request, prismaError.status, { code: prismaError.code, message: prismaError.message });
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return send(reply, request, error.statusCode, {
          code: error.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST',
          message: error.message,
        });
      }
      request.log.error({ err: error }, 'request failed');
      return send(reply, request, 500, {
        code: 'INTERNAL',
        message: 'Something went wrong on our side. Please try again later.',
      });
    });

    app.setNotFoundHandler((request, reply) =>
      send(reply, request, 404, { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url}` }),
    );
  },
  { name: 'errors' },
);
