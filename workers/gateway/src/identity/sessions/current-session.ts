import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import type { AccountRow } from '../accounts/account-view'
import { readSessionToken } from './session-cookie'
import { isDueForTouch, type SessionStage, type SessionStep, sessionEnd, stepOf } from './session-rules'
import { findSessionWithAccount, touchSession } from './session-store'
import { hashSessionToken } from './session-token'

export type CurrentSession = {
  tokenHash: string
  stage: SessionStage
  /** What the session may do: a sign-in step still due, or `active`. */
  step: SessionStep
  account: AccountRow
}

async function lookUp(c: Context<AppEnv>): Promise<CurrentSession | null> {
  const token = readSessionToken(c)
  if (!token) return null
  const db = createDb(c.env)
  const tokenHash = await hashSessionToken(token)
  const found = await findSessionWithAccount(db, tokenHash)
  if (!found) return null
  const now = new Date()
  const config = c.get('identityConfig').session
  if (sessionEnd(found.session, found.account, now, config)) return null
  if (isDueForTouch(found.session.lastSeenAt, now, config)) await touchSession(db, tokenHash, now)
  const { stage } = found.session
  return { tokenHash, stage, step: stepOf(stage, found.account), account: found.account }
}

/**
 * The request's session, if the cookie names one that still counts (not revoked, expired or
 * idle, account active). Looked up once per request; using it keeps it alive (idle timeout).
 */
export async function currentSession(c: Context<AppEnv>): Promise<CurrentSession | null> {
  const cached = c.get('session')
  if (cached !== undefined) return cached
  const found = await lookUp(c)
  c.set('session', found)
  return found
}

/** A session that has passed every sign-in step: the only kind that acts for its account. */
export async function activeSession(c: Context<AppEnv>): Promise<CurrentSession | null> {
  const found = await currentSession(c)
  return found?.step === 'active' ? found : null
}

/** Forget the cached lookup (after sign-in, sign-out or a step, the request's session changed). */
export const setCurrentSession = (c: Context<AppEnv>, session: CurrentSession | null) => c.set('session', session)
