import { dictionary } from '@zxcvbn-ts/language-common';
import { COMMON_SWEDISH_PASSWORDS } from './common-passwords-sv';
import { AppError } from './errors';

/*
 * Passwords that guessing tries first: zxcvbn-ts's list of the most common passwords from
 * breaches (about 49,000) and our own Swedish list. A password is refused when it is on either
 * list in lower case, or when what remains after taking its trailing digits, spaces and symbols
 * off is ("Sommar2024!" is "sommar", "Password123" is "password").
 */
const COMMON = new Set<string>(
  [...dictionary['passwords-common'], ...COMMON_SWEDISH_PASSWORDS].map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFC').toLowerCase();
  if (COMMON.has(lower)) return true;
  const stem = lower.replace(/[\d\s\p{P}\p{S}]+$/u, '');
  return stem.length >= 3 && COMMON.has(stem);
}

/** 400 naming the field, so the form can show it there. */
export function assertUncommonPassword(password: string, field: string): void {
  if (!isCommonPassword(password)) return;
  const message = 'This password is one of the most common ones, which are guessed first; choose another';
  throw new AppError('VALIDATION_FAILED', message, {
    part: 'body',
    issues: [{ path: [field], message, code: 'common_password' }],
  });
}
