import { PASSWORD_MIN_LENGTH } from '@motesplats/contracts';
import { ApiError } from './api-client';
import { isMessageKey, type MessageKey, type Translate } from './i18n';

/**
 * The contracts' zod messages are English and written for developers. The reader sees our own
 * words instead, chosen by the field and the issue code, which a client-side zod issue and a
 * server-side VALIDATION_FAILED issue both carry. Forms store the message key, not the text,
 * so a message follows the language when the reader switches it.
 */

export interface IssueLike {
  path: readonly PropertyKey[];
  code: string;
}

/** Issue codes that, on an empty field, mean nothing more than "fill this in". */
const CODES_MEANING_REQUIRED = new Set(['too_small', 'invalid_type', 'invalid_format', 'invalid_value', 'custom']);

/** Fields whose rules are another field's rules. */
const FIELD_ALIASES: Record<string, string> = { newPassword: 'password' };

/** Values interpolated into validation messages; they come from the contracts' own limits. */
export const VALIDATION_PARAMS = { passwordMin: PASSWORD_MIN_LENGTH };

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function fieldOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return 'form';
}

/**
 * The message key for one issue: the most specific of form scope + field + code, field + code,
 * and code alone that the dictionaries define.
 */
export function issueMessageKey(issue: IssueLike, value: unknown, scope?: string): MessageKey {
  const field = fieldOf(issue.path);
  const alias = FIELD_ALIASES[field] ?? field;
  const candidates: string[] = [];
  if (isEmptyValue(value) && CODES_MEANING_REQUIRED.has(issue.code)) {
    if (scope) candidates.push(`validation.${scope}.${field}.required`);
    candidates.push(`validation.${alias}.required`, 'validation.required');
  }
  if (scope) candidates.push(`validation.${scope}.${field}.${issue.code}`);
  candidates.push(`validation.${alias}.${issue.code}`, `validation.${issue.code}`);
  return candidates.find(isMessageKey) ?? 'validation.invalid';
}

export function apiErrorMessageKey(error: unknown): MessageKey {
  if (error instanceof ApiError) return `apiError.${error.code}`;
  return 'apiError.INTERNAL';
}

/** Shows a stored message: a message key in the reader's language, anything else as it is. */
export function resolveMessage(message: string | undefined, t: Translate): string {
  if (!message) return '';
  return isMessageKey(message) ? t(message, VALIDATION_PARAMS) : message;
}
