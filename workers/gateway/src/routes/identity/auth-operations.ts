import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi'
import type { Permission } from '@platform/auth'
import {
  ErrorBody,
  LoginRequest,
  MeResponse,
  PasswordChangeRequest,
  SignInResponse,
  TotpCodeRequest,
  TotpEnrolment,
} from '@platform/contracts'
import { ACCOUNT_SELF } from '../auth/account-self'

const json = <S>(schema: S) => ({ 'application/json': { schema } })
const error = (description: string) => ({ description, content: json(ErrorBody) })
const signInStep = { description: 'Where the sign-in stands (`user` once signed in)', content: json(SignInResponse) }
const formNote =
  'The same path takes a form post (application/x-www-form-urlencoded, with an optional `next`) from the ' +
  'server-rendered page and answers it with a 303 redirect to the next step, to `next`, or back to the page.'
const forbidden = error('The account’s roles may not do this (permission matrix): FORBIDDEN')
const throttled = error('Too many attempts for this username or address: RATE_LIMITED, with Retry-After')
const step = (path: string) =>
  error(`The session is at another sign-in step: SIGN_IN_INCOMPLETE (details.status, ${path})`)

type Operation = RouteConfig & { 'x-permission': Permission }

/**
 * The JSON side of the sign-in pages (`/auth/*`), described in the identity document. They are
 * served by plain Hono handlers that also answer forms, so they are registered here, not routed.
 */
const operations: Operation[] = [
  {
    method: 'post',
    path: '/auth/login',
    tags: ['sign-in'],
    summary: 'Password step of the sign-in',
    description: `Starts a new session (cookie \`__Host-sid\`, HttpOnly, Secure, SameSite=Lax). ${formNote}`,
    'x-permission': 'public',
    request: { body: { required: true, content: json(LoginRequest) } },
    responses: {
      200: signInStep,
      400: error('VALIDATION_FAILED / INVALID_JSON'),
      401: error('Unknown username, wrong password or disabled account alike: INVALID_CREDENTIALS'),
      429: throttled,
    },
  },
  {
    method: 'post',
    path: '/auth/totp',
    tags: ['sign-in'],
    summary: 'Second factor: the current TOTP code',
    description: `A code is accepted once (replays are refused). ${formNote}`,
    'x-permission': 'public',
    request: { body: { required: true, content: json(TotpCodeRequest) } },
    responses: {
      200: signInStep,
      400: error('VALIDATION_FAILED'),
      401: error('No session (UNAUTHENTICATED) or a wrong or used code (INVALID_CODE)'),
      409: step('/auth/totp'),
      429: throttled,
    },
  },
  {
    method: 'get',
    path: '/auth/totp/enrol',
    tags: ['sign-in'],
    summary: 'The authenticator secret to enrol (with Accept: application/json; else the page)',
    'x-permission': 'public',
    responses: {
      200: { description: 'Secret and otpauth link', content: json(TotpEnrolment) },
      401: error('UNAUTHENTICATED'),
      409: step('/auth/totp/enrol'),
    },
  },
  {
    method: 'post',
    path: '/auth/totp/enrol',
    tags: ['sign-in'],
    summary: 'Confirm the enrolment with the first code',
    description: formNote,
    'x-permission': 'public',
    request: { body: { required: true, content: json(TotpCodeRequest) } },
    responses: {
      200: signInStep,
      400: error('VALIDATION_FAILED'),
      401: error('UNAUTHENTICATED / INVALID_CODE'),
      409: step('/auth/totp/enrol'),
      429: throttled,
    },
  },
  {
    method: 'post',
    path: '/auth/password',
    tags: ['sign-in'],
    summary: 'Change one’s own password',
    description: `Every other session of the account ends. ${formNote}`,
    'x-permission': ACCOUNT_SELF,
    request: { body: { required: true, content: json(PasswordChangeRequest) } },
    responses: {
      200: signInStep,
      400: error('VALIDATION_FAILED (too short) or WRONG_CURRENT_PASSWORD'),
      401: error('UNAUTHENTICATED'),
      403: forbidden,
      422: error('RULE_NEW_PASSWORD_SAME_AS_OLD'),
      429: throttled,
    },
  },
  {
    method: 'post',
    path: '/auth/logout',
    tags: ['sign-in'],
    summary: 'Sign out: the session is revoked at once and the cookie cleared',
    description: 'A form post is answered with a 303 redirect to /auth/login.',
    'x-permission': 'public',
    responses: { 204: { description: 'Signed out (also when there was no session)' } },
  },
  {
    method: 'get',
    path: '/auth/me',
    tags: ['sign-in'],
    summary: 'Who is signed in',
    'x-permission': ACCOUNT_SELF,
    responses: {
      200: { description: 'The signed-in user', content: json(MeResponse) },
      401: error('No session (UNAUTHENTICATED) or a sign-in step still due (SIGN_IN_INCOMPLETE, details.status)'),
      403: forbidden,
    },
  },
]

export function registerAuthOperations(registry: OpenAPIHono['openAPIRegistry']) {
  for (const operation of operations) registry.registerPath(operation)
}
