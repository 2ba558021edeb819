import type { FieldIssue } from '@motesplats/contracts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';

/**
 * Characters no field of ours has a use for. NUL cannot be stored in a PostgreSQL text column at
 * all; the other C0 controls (tab, line feed and carriage return excepted) and DEL are invisible
 * noise; the bidirectional embeddings, overrides and isolates let a name display as something it
 * is not ("‮gnp.exe" reads as "exe.png"). The left-to-right and right-to-left marks (U+200E,
 * U+200F) stay: Arabic or Persian text mixed with Swedish needs them and they cannot reorder text.
 * A lone surrogate (half of a UTF-16 pair, which JSON's \u escapes can carry) is no character
 * at all and cannot be stored as UTF-8; with the u flag the range matches only lone halves.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this refuses
export const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

type Part = 'params' | 'query' | 'body';

/**
 * JSON bodies are plain objects; parsed query strings and path parameters are objects without
 * Object's prototype. Buffers and streams (an uploaded file) are not walked.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    Object.prototype.toString.call(value) === '[object Object]' &&
    typeof (value as { pipe?: unknown }).pipe !== 'function'
  );
}

function findForbidden(value: unknown, path: (string | number)[], found: FieldIssue[], depth = 0): void {
  if (found.length >= 20 || depth > 64) return;
  if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) {
      found.push({ path, code: 'forbidden_character', message: 'Contains a control or text-direction character' });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => findForbidden(item, [...path, index], found, depth + 1));
    return;
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN.test(key)) {
        found.push({ path: [...path, key], code: 'forbidden_character', message: 'Contains a control character' });
      }
      findForbidden(item, [...path, key], found, depth + 1);
    }
  }
}

/**
 * Every API request's path parameters, query and JSON body are refused with 400 when a string
 * in them holds a forbidden character, before any contract or handler sees it: one rule for
 * every route, those added later included.
 */
export default fp(
  async function hostileTextPlugin(app: FastifyInstance) {
    app.addHook('preValidation', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      for (const part of ['params', 'query', 'body'] as Part[]) {
        const issues: FieldIssue[] = [];
        findForbidden(request[part], [], issues);
        if (issues.length > 0) {
          throw new AppError('VALIDATION_FAILED', 'The request contains characters that cannot be accepted', {
            part,
            issues,
          });
        }
      }
    });
  },
  { name: 'hostile-text', dependencies: ['errors'] },
);
