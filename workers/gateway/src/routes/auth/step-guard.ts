import { IdentityErrorCode } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { stepPath } from '../../identity/next-path'
import type { CurrentSession } from '../../identity/sessions/current-session'
import type { SessionStep } from '../../identity/sessions/session-rules'
import { answerNotSignedIn, answerSignInStep, noStore, signInStatusOf } from './respond'

/**
 * A sign-in step's page or post is only for a session standing at that step. Anyone else is
 * sent where they belong: no session to the login, another step to its own page (409 for
 * scripts, with the status), a finished sign-in on to `next`.
 */
export function wrongStep(
  c: Context<AppEnv>,
  session: CurrentSession | null,
  step: SessionStep,
  next: string | null,
  json: boolean,
): Response {
  if (!session) return answerNotSignedIn(c, null, next, json)
  if (!json || session.step === 'active') return answerSignInStep(c, session, next, json)
  noStore(c)
  return c.json(
    errorBody(IdentityErrorCode.signInIncomplete, `This session is not at the ${step} step`, {
      status: signInStatusOf(session.step),
      next: stepPath(session.step, null),
    }),
    409,
  )
}
