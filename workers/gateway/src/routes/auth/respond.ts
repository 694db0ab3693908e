import { ErrorCode, IdentityErrorCode, type SignInStatus } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { rolesOf, sessionUserOf } from '../../identity/accounts/account-view'
import { homeFor, loginPath, stepPath } from '../../identity/next-path'
import type { CurrentSession } from '../../identity/sessions/current-session'
import type { SessionStep } from '../../identity/sessions/session-rules'

const statusOfStep: Record<SessionStep, SignInStatus> = {
  active: 'signed_in',
  second_factor: 'second_factor_required',
  enrol_second_factor: 'enrolment_required',
  change_password: 'password_change_required',
}

export const signInStatusOf = (step: SessionStep) => statusOfStep[step]

/** Sign-in answers carry credentials or say who someone is: never cached anywhere. */
export const noStore = (c: Context) => c.header('Cache-Control', 'no-store')

/**
 * Where a sign-in stands after a step: JSON says the status (with the user once signed in);
 * a browser is sent on to the next step's page, or to `next`, or to its home app.
 */
export function answerSignInStep(c: Context<AppEnv>, session: CurrentSession, next: string | null, json: boolean) {
  noStore(c)
  if (json) {
    const status = signInStatusOf(session.step)
    return c.json(status === 'signed_in' ? { status, user: sessionUserOf(session.account) } : { status }, 200)
  }
  return c.redirect(stepPath(session.step, next) ?? next ?? homeFor(rolesOf(session.account)), 303)
}

/** No session, or one still short of a step: 401 for scripts, the right page for browsers. */
export function answerNotSignedIn(
  c: Context<AppEnv>,
  session: CurrentSession | null,
  next: string | null,
  json: boolean,
) {
  noStore(c)
  if (json) {
    const details = session ? { status: signInStatusOf(session.step) } : undefined
    const code = session ? IdentityErrorCode.signInIncomplete : ErrorCode.unauthenticated
    return c.json(errorBody(code, 'Sign-in required', details), 401)
  }
  return c.redirect((session && stepPath(session.step, next)) ?? loginPath(next), 303)
}

/** 429 for the throttle and the rate limiter alike: the same body whoever the username was. */
export function tooManyAttempts(c: Context, retryAfterSeconds: number) {
  noStore(c)
  c.header('Retry-After', String(retryAfterSeconds))
  return c.json(
    errorBody(ErrorCode.rateLimited, 'Too many sign-in attempts; try again later', { retryAfterSeconds }),
    429,
  )
}

/** A JSON body that does not fit the schema: 400 naming each field, like every other API. */
export function invalidInput(c: Context, issues: readonly { path: PropertyKey[]; code: string; message: string }[]) {
  noStore(c)
  const fields = issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }))
  return c.json(
    errorBody(ErrorCode.validationFailed, `Invalid body: ${fields.map((f) => f.path || '(root)').join(', ')}`, {
      target: 'json',
      fields,
    }),
    400,
  )
}
