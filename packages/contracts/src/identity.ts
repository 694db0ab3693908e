import { z } from '@hono/zod-openapi'
import { MIN_PASSWORD_LENGTH, ROLES, SCOPE_LEVELS } from '@platform/auth'
import { Id, Label } from './common'

/**
 * The gateway's identity API: sign-in (`/auth/*`, JSON side of the pages) and account
 * administration (`/api/identity/*`). Roles, scope levels and the password length come from
 * packages/auth, the one source for them.
 */

/** Lowercase letters, digits and `._-`, 3 to 64 characters, e.g. `demo.board_chair`. */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/, 'lowercase letters, digits and . _ - (3 to 64)')
  .openapi({ example: 'demo.officer' })

/** Longest password accepted: PBKDF2 costs the same for any length, but bodies stay small. */
export const MAX_PASSWORD_LENGTH = 256

export const Role = z.enum(ROLES).openapi('Role')
export type Role = z.infer<typeof Role>

export const Scope = z
  .object({
    level: z.enum(SCOPE_LEVELS),
    stationId: Id.optional(),
    teamId: Id.optional(),
    officerId: Id.optional(),
  })
  .openapi('Scope')
export type Scope = z.infer<typeof Scope>

/** Who is signed in, as `/auth/me` and a successful sign-in tell the apps. */
export const SessionUser = z
  .object({
    id: Id,
    username: z.string(),
    displayName: Label,
    roles: z.array(Role),
    scope: Scope,
  })
  .openapi('SessionUser')
export type SessionUser = z.infer<typeof SessionUser>

export const MeResponse = z.object({ user: SessionUser }).openapi('MeResponse')
export type MeResponse = z.infer<typeof MeResponse>

/** Sign-in checks no format beyond length: a malformed username gets the same answer as a wrong one. */
export const LoginRequest = z
  .object({
    username: z.string().min(1).max(128),
    password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  })
  .openapi('LoginRequest')
export type LoginRequest = z.infer<typeof LoginRequest>

/**
 * Where a sign-in stands: done, or the next step the same session must take (a TOTP code, the
 * enrolment of an authenticator, a new password). Only `signed_in` carries the user.
 */
export const SignInStatus = z.enum([
  'signed_in',
  'second_factor_required',
  'enrolment_required',
  'password_change_required',
])
export type SignInStatus = z.infer<typeof SignInStatus>

export const SignInResponse = z.object({ status: SignInStatus, user: SessionUser.optional() }).openapi('SignInResponse')
export type SignInResponse = z.infer<typeof SignInResponse>

export const TotpCodeRequest = z.object({ code: z.string().regex(/^\d{6}$/, 'six digits') }).openapi('TotpCodeRequest')
export type TotpCodeRequest = z.infer<typeof TotpCodeRequest>

/** The secret to put in an authenticator app, as text and as the `otpauth://` link a QR code holds. */
export const TotpEnrolment = z.object({ secret: z.string(), uri: z.string() }).openapi('TotpEnrolment')
export type TotpEnrolment = z.infer<typeof TotpEnrolment>

export const PasswordChangeRequest = z
  .object({
    currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
    newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
  })
  .openapi('PasswordChangeRequest')
export type PasswordChangeRequest = z.infer<typeof PasswordChangeRequest>

/** Whether the account's roles need a second factor and, if so, whether it is set up. */
export const SecondFactorState = z.enum(['not_required', 'not_enrolled', 'enrolled'])

/** An account as the branch admin sees it: never a hash or a secret. */
export const AccountView = z
  .object({
    id: Id,
    username: z.string(),
    displayName: Label,
    roles: z.array(Role),
    scope: Scope,
    officerId: Id.nullable(),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    secondFactor: SecondFactorState,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Account')
export type AccountView = z.infer<typeof AccountView>

export const AccountList = z.object({ accounts: z.array(AccountView) }).openapi('AccountList')
export type AccountList = z.infer<typeof AccountList>

const DisplayName = z.object({ zh: z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(100) })

/** The account's reach; an `own` scope needs the officer record it is about. */
export const ScopeInput = z.object({
  level: z.enum(SCOPE_LEVELS),
  stationId: Id.optional(),
  teamId: Id.optional(),
})

export const CreateAccountRequest = z
  .object({
    username: Username,
    displayName: DisplayName,
    roles: z
      .array(Role)
      .min(1)
      .max(ROLES.length)
      .refine((roles) => new Set(roles).size === roles.length, 'each role once'),
    scope: ScopeInput,
    officerId: Id.optional(),
  })
  .superRefine((value, ctx) => {
    const { level, stationId, teamId } = value.scope
    if (level !== 'branch' && !stationId)
      ctx.addIssue({ code: 'custom', path: ['scope', 'stationId'], message: `a ${level} scope needs its station` })
    if (level === 'team' && !teamId)
      ctx.addIssue({ code: 'custom', path: ['scope', 'teamId'], message: 'a team scope needs its team' })
    if (level === 'own' && !value.officerId)
      ctx.addIssue({ code: 'custom', path: ['officerId'], message: 'an own scope needs the officer record' })
  })
  .openapi('CreateAccountRequest')
export type CreateAccountRequest = z.infer<typeof CreateAccountRequest>

/** A new account or a reset: the one-time password is shown once and never stored in clear. */
export const AccountWithTemporaryPassword = z
  .object({ account: AccountView, temporaryPassword: z.string() })
  .openapi('AccountWithTemporaryPassword')
export type AccountWithTemporaryPassword = z.infer<typeof AccountWithTemporaryPassword>

export const AccountResponse = z.object({ account: AccountView }).openapi('AccountResponse')
export type AccountResponse = z.infer<typeof AccountResponse>

export const ResetPasswordRequest = z
  .object({ resetSecondFactor: z.boolean().optional() })
  .openapi('ResetPasswordRequest')
export type ResetPasswordRequest = z.infer<typeof ResetPasswordRequest>

/** Error codes of the identity API, beside the platform's plumbing codes (errors.ts). */
export const IdentityErrorCode = {
  /** Unknown username, wrong password and disabled account alike: no hint which. */
  invalidCredentials: 'INVALID_CREDENTIALS',
  /** A wrong, malformed or already used TOTP code. */
  invalidCode: 'INVALID_CODE',
  /** The session still has a sign-in step to take (`details.status` says which). */
  signInIncomplete: 'SIGN_IN_INCOMPLETE',
  /** A state-changing request from another site (Origin / Sec-Fetch-Site). */
  csrfRejected: 'CSRF_REJECTED',
  usernameTaken: 'USERNAME_TAKEN',
  /** The same Idempotency-Key was sent with a different body. */
  idempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  wrongCurrentPassword: 'WRONG_CURRENT_PASSWORD',
  newPasswordSameAsOld: 'RULE_NEW_PASSWORD_SAME_AS_OLD',
  cannotDisableOwnAccount: 'RULE_CANNOT_DISABLE_OWN_ACCOUNT',
} as const
