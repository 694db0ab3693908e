import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { type AccountRow, auditStateOf } from '../accounts/account-view'
import { writeAudited } from '../audit'
import { type CurrentSession, currentSession, setCurrentSession } from './current-session'
import { setSessionCookie } from './session-cookie'
import { newSessionTimes, type SessionStage, stepOf } from './session-rules'
import { deleteEndedSessions, insertSession, revokeSession } from './session-store'
import { hashSessionToken, newSessionToken } from './session-token'

/**
 * Issues a new session token: at the password step and again when the last sign-in step is
 * passed, so a token seen before sign-in (or before the second factor) never becomes a signed-in
 * one. The session the browser came with, if any, is revoked in the same batch. Reaching
 * `active` is the audited sign-in.
 */
export async function startSession(
  c: Context<AppEnv>,
  account: AccountRow,
  stage: SessionStage,
): Promise<CurrentSession> {
  const db = createDb(c.env)
  const now = new Date()
  const previous = await currentSession(c)
  const token = newSessionToken()
  const tokenHash = await hashSessionToken(token)
  const row = { tokenHash, accountId: account.id, stage, ...newSessionTimes(now, c.get('identityConfig').session) }
  const statements = [
    ...(previous ? [revokeSession(db, previous.tokenHash, now)] : []),
    deleteEndedSessions(db, account.id, now),
    insertSession(db, row),
  ]
  if (stage === 'active') {
    await writeAudited(c, statements, {
      action: 'session.sign_in',
      actorId: account.id,
      accountId: account.id,
      after: auditStateOf(account),
    })
  } else {
    await db.batch(statements as [(typeof statements)[number], ...typeof statements])
  }
  setSessionCookie(c, token)
  const started: CurrentSession = { tokenHash, stage, step: stepOf(stage, account), account }
  setCurrentSession(c, started)
  return started
}
