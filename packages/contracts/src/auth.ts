import { z } from 'zod';
import { pageOf } from './paging';
import { Email, OrganisationRef, Timestamp } from './common';
import { Locale, MembershipRole, PlatformRole } from './enums';

export const PASSWORD_MIN_LENGTH = 10;
export const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'Use at most 200 characters');

export const PersonName = z.string().trim().min(1, 'Enter your name').max(120);

export const RegisterBody = z.object({
  email: Email,
  password: Password,
  name: PersonName,
  locale: Locale.optional(),
});
export type RegisterBody = z.infer<typeof RegisterBody>;

export const LoginBody = z.object({
  email: Email,
  password: z.string().min(1, 'Enter your password').max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  platformRole: PlatformRole,
  locale: Locale,
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const MyMembership = z.object({
  organisation: OrganisationRef,
  role: MembershipRole,
});
export type MyMembership = z.infer<typeof MyMembership>;

/** The signed-in user; `csrfToken` goes back in the x-csrf-token header of every write. */
export const Me = z.object({
  user: User,
  memberships: z.array(MyMembership),
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;

/**
 * GET /auth/session: who the reader is, asked by the web app on every first visit. A visitor is an
 * answer (`me: null`, 200), not an error, so a first visit produces no failed request.
 */
export const SessionProbe = z.object({ me: Me.nullable() });
export type SessionProbe = z.infer<typeof SessionProbe>;

export const UpdateMeBody = z
  .object({ name: PersonName.optional(), locale: Locale.optional() })
  .refine((body) => body.name !== undefined || body.locale !== undefined, 'Nothing to change');
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const PasswordResetRequestBody = z.object({ email: Email });
export type PasswordResetRequestBody = z.infer<typeof PasswordResetRequestBody>;

export const PasswordResetBody = z.object({
  token: z.string().min(20).max(200),
  password: Password,
});
export type PasswordResetBody = z.infer<typeof PasswordResetBody>;

/** The same answer whether or not the address exists, so it tells nobody who has an account. */
export const Accepted = z.object({ accepted: z.literal(true) });

export const SessionInfo = z.object({
  id: z.uuid(),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
  expiresAt: Timestamp,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
export const SessionList = pageOf(SessionInfo);

export const CreateApiTokenBody = z.object({
  name: z.string().trim().min(1, 'Name the token').max(100),
  expiresInDays: z.number().int().min(1).max(366).optional(),
});
export type CreateApiTokenBody = z.infer<typeof CreateApiTokenBody>;

export const ApiTokenInfo = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  expiresAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;
export const ApiTokenList = pageOf(ApiTokenInfo);

/** What "sign out everywhere" ended. */
export const SignedOutEverywhere = z.object({
  sessionsEnded: z.number().int().nonnegative(),
  tokensRevoked: z.number().int().nonnegative(),
});
export type SignedOutEverywhere = z.infer<typeof SignedOutEverywhere>;

/** Answered once, at creation: the token itself is never shown again. */
export const CreatedApiToken = ApiTokenInfo.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;
