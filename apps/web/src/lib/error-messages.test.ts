import { ChangePasswordBody, CreateOrganisationBody, LoginBody, RegisterBody } from '@motesplats/contracts';
import { createTexts } from '@motesplats/texts';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { apiErrorMessageKey, issueMessageKey, resolveMessage } from './error-messages';
import { loadMessages } from './i18n';

let sv: ReturnType<typeof createTexts>['t'];
let en: ReturnType<typeof createTexts>['t'];

// Message keys are recognised against the loaded catalogue, as in the app.
beforeAll(async () => {
  sv = createTexts('sv', await loadMessages('sv')).t;
  en = createTexts('en', await loadMessages('en')).t;
});

/** The message keys a form would show for this input, by field. */
function keysFor(
  schema: {
    safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } };
  },
  input: Record<string, unknown>,
  scope?: string,
) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  // Like the form, the first issue of a field is the one shown.
  const keys: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    keys[issue.path.join('.')] ??= issueMessageKey(issue, input[String(issue.path[0])], scope);
  }
  return keys;
}

describe('issueMessageKey', () => {
  it('words register errors by field and code, not with the contract’s English', () => {
    const keys = keysFor(RegisterBody, { name: '  ', email: 'not-an-address', password: 'short' }, 'register');
    expect(keys).toEqual({
      name: 'validation.name.required',
      email: 'validation.email.invalid_format',
      password: 'validation.password.too_small',
    });
    expect(resolveMessage(keys.password, sv)).toBe('Lösenordet måste ha minst 10 tecken.');
    expect(resolveMessage(keys.password, en)).toBe('The password must have at least 10 characters.');
  });

  it('prefers a form’s own wording when the scope has one', () => {
    expect(keysFor(LoginBody, { email: 'a@b.se', password: '' }, 'signIn')).toEqual({
      password: 'validation.signIn.password.required',
    });
    expect(keysFor(LoginBody, { email: 'a@b.se', password: '' })).toEqual({
      password: 'validation.password.required',
    });
  });

  it('treats the new password like any password', () => {
    expect(keysFor(ChangePasswordBody, { currentPassword: '', newPassword: 'short' })).toEqual({
      currentPassword: 'validation.currentPassword.required',
      newPassword: 'validation.password.too_small',
    });
  });

  it('tells a wrong check digit from a wrong length, and asks for the actor type', () => {
    const base = { kind: 'LOCAL_ACTOR', name: 'Föreningen', municipalityCode: '0581', description: '' };
    expect(keysFor(CreateOrganisationBody, { ...base, orgNumber: '556036-0794' }, 'organisation')).toEqual({
      orgNumber: 'validation.orgNumber.custom',
      actorType: 'validation.actorType.required',
    });
    expect(
      keysFor(CreateOrganisationBody, { ...base, actorType: 'SCHOOL', orgNumber: '55603' }, 'organisation'),
    ).toEqual({
      orgNumber: 'validation.orgNumber.invalid_format',
    });
  });

  it('falls back to the code, then to a generic message, for what it has no words for', () => {
    expect(issueMessageKey({ path: ['whatever'], code: 'too_big' }, 'x')).toBe('validation.too_big');
    expect(issueMessageKey({ path: ['whatever'], code: 'no_such_code' }, 'x')).toBe('validation.invalid');
  });

  it('translates server-side issues the same way (paths with numbers included)', () => {
    expect(issueMessageKey({ path: ['items', 0, 'email'], code: 'invalid_format' }, 'x@')).toBe(
      'validation.email.invalid_format',
    );
  });
});

describe('apiErrorMessageKey', () => {
  it('names each API error code, and anything else as an internal failure', () => {
    expect(apiErrorMessageKey(new ApiError(409, 'LAST_OWNER', 'Last owner'))).toBe('apiError.LAST_OWNER');
    expect(sv(apiErrorMessageKey(new ApiError(401, 'INVALID_CREDENTIALS', 'x')))).toBe(
      'Fel e-postadress eller lösenord.',
    );
    expect(apiErrorMessageKey(new TypeError('boom'))).toBe('apiError.INTERNAL');
  });
});

describe('resolveMessage', () => {
  it('shows text that is not a message key as it is', () => {
    expect(resolveMessage('Plain text', sv)).toBe('Plain text');
    expect(resolveMessage(undefined, sv)).toBe('');
  });
});
