import { z } from 'zod';

/** Every error the API answers with; the status each maps to lives in the API's error map. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'CSRF_TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'EMAIL_TAKEN',
  'ALREADY_MEMBER',
  'LAST_OWNER',
  'MATCH_EXISTS',
  /** The organisation waits for a curator's verification; what it may do is limited until then. */
  'ORGANISATION_NOT_VERIFIED',
  'TOKEN_INVALID',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'REQUEST_TIMEOUT',
  'HEADERS_TOO_LARGE',
  'RATE_LIMITED',
  'QUOTA_EXCEEDED',
  'INTERNAL',
  'UNAVAILABLE',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One problem with one input field; `path` is the field's path in the request part. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorEnvelope = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z
      .object({
        /** Which part of the request was invalid: body, querystring, params or headers. */
        part: z.string().optional(),
        issues: z.array(FieldIssue).optional(),
      })
      .catchall(z.unknown())
      .optional(),
  }),
  requestId: z.string(),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
