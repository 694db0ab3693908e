import type { RouteHandler } from '@hono/zod-openapi'
import { hashPassword } from '@platform/auth'
import { ErrorCode, IdentityErrorCode } from '@platform/contracts'
import { ApiError, conflict, notFound } from '@platform/server-kit'
import { asc, eq } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb, schema } from '../../db'
import { managesAccount } from '../../identity/accounts/account-scope'
import { type AccountRow, accountViewOf, auditStateOf } from '../../identity/accounts/account-view'
import { findAccountById } from '../../identity/accounts/find-account'
import { temporaryPassword } from '../../identity/accounts/temporary-password'
import { writeAudited } from '../../identity/audit'
import { idempotency } from '../../identity/idempotency/idempotency'
import { logIdentityEvent } from '../../identity/log-identity-event'
import { newId } from '../../identity/new-id'
import { revokeAccountSessions } from '../../identity/sessions/session-store'
import type {
  createAccountRoute,
  disableAccountRoute,
  enableAccountRoute,
  listAccountsRoute,
  resetPasswordRoute,
} from './accounts.routes'

const { account: accountTable } = schema

const placeOf = (account: AccountRow) => ({
  level: account.scopeLevel,
  stationId: account.stationId,
  teamId: account.teamId,
  officerId: account.officerId,
})

/** The account an admin asked for; one outside the admin's scope is as absent as an unknown one. */
async function managedAccount(c: Context<AppEnv>, id: string): Promise<AccountRow> {
  const account = await findAccountById(createDb(c.env), id)
  if (!account || !managesAccount(c.get('scope'), placeOf(account))) throw notFound('The account')
  return account
}

const isUniqueViolation = (error: unknown, column: string) =>
  new RegExp(`UNIQUE constraint failed: ${column}`, 'i').test(String((error as Error)?.message ?? error))

export const listAccounts: RouteHandler<typeof listAccountsRoute, AppEnv> = async (c) => {
  const rows = await createDb(c.env).select().from(accountTable).orderBy(asc(accountTable.username))
  const scope = c.get('scope')
  const accounts = rows.filter((row) => managesAccount(scope, placeOf(row))).map(accountViewOf)
  return c.json({ accounts }, 200)
}

export const createAccount: RouteHandler<typeof createAccountRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  const key = c.req.valid('header')['idempotency-key']
  const actor = c.get('actor')
  const once = key ? await idempotency(c, { actorId: actor.userId, operation: 'account.create', key, body }) : null
  const replay = async () => {
    const stored = await once?.replay()
    if (stored === 'reused')
      throw new ApiError(422, IdentityErrorCode.idempotencyKeyReused, 'This Idempotency-Key was used with another body')
    return stored ? c.json(stored.body as never, stored.status as 201) : null
  }
  const replayed = await replay()
  if (replayed) return replayed

  const place = { ...body.scope, officerId: body.officerId }
  if (!managesAccount(c.get('scope'), place))
    throw new ApiError(403, ErrorCode.forbidden, 'The new account would reach beyond your own scope')
  const now = new Date().toISOString()
  const password = temporaryPassword(c.get('identityConfig').temporaryPasswordLength)
  const row: AccountRow = {
    id: newId(),
    username: body.username,
    displayNameZh: body.displayName.zh,
    displayNameEn: body.displayName.en,
    passwordHash: await hashPassword(password),
    roles: body.roles,
    scopeLevel: body.scope.level,
    stationId: body.scope.stationId ?? null,
    teamId: body.scope.teamId ?? null,
    officerId: body.officerId ?? null,
    active: true,
    mustChangePassword: true,
    totpSecretSealed: null,
    totpEnrolledAt: null,
    totpLastStep: null,
    createdAt: now,
    updatedAt: now,
  }
  const answer = { account: accountViewOf(row), temporaryPassword: password }
  const db = createDb(c.env)
  try {
    await writeAudited(
      c,
      [db.insert(accountTable).values(row), ...((await once?.remember({ status: 201, body: answer })) ?? [])],
      { action: 'account.create', actorId: actor.userId, accountId: row.id, after: auditStateOf(row) },
    )
  } catch (error) {
    // A parallel retry with the same key got there first: answer what it answered.
    if (isUniqueViolation(error, 'idempotent_request')) return (await replay()) ?? Promise.reject(error)
    if (isUniqueViolation(error, 'account.username'))
      throw conflict(IdentityErrorCode.usernameTaken, 'This username is already taken')
    throw error
  }
  logIdentityEvent(c, 'account_changed', { actorId: actor.userId, accountId: row.id, action: 'account.create' })
  return c.json(answer, 201)
}

/** Disable or enable: one flag, audited; disabling ends every session of the account at once. */
async function setActive(c: Context<AppEnv>, id: string, active: boolean) {
  const actor = c.get('actor')
  const account = await managedAccount(c, id)
  if (!active && account.id === actor.userId)
    throw new ApiError(422, IdentityErrorCode.cannotDisableOwnAccount, 'An admin cannot disable the own account')
  if (account.active === active) return account
  const db = createDb(c.env)
  const now = new Date()
  const after = { ...account, active, updatedAt: now.toISOString() }
  const action = active ? 'account.enable' : 'account.disable'
  await writeAudited(
    c,
    [
      db.update(accountTable).set({ active, updatedAt: after.updatedAt }).where(eq(accountTable.id, id)),
      ...(active ? [] : [revokeAccountSessions(db, id, now)]),
    ],
    { action, actorId: actor.userId, accountId: id, before: auditStateOf(account), after: auditStateOf(after) },
  )
  logIdentityEvent(c, 'account_changed', { actorId: actor.userId, accountId: id, action })
  return after
}

export const disableAccount: RouteHandler<typeof disableAccountRoute, AppEnv> = async (c) =>
  c.json({ account: accountViewOf(await setActive(c, c.req.valid('param').id, false)) }, 200)

export const enableAccount: RouteHandler<typeof enableAccountRoute, AppEnv> = async (c) =>
  c.json({ account: accountViewOf(await setActive(c, c.req.valid('param').id, true)) }, 200)

/**
 * A new one-time password: every session ends, the next sign-in must choose a new password.
 * The authenticator stays unless asked (a lost phone), then it must be enrolled again.
 */
export const resetPassword: RouteHandler<typeof resetPasswordRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const { resetSecondFactor = false } = c.req.valid('json')
  const actor = c.get('actor')
  const account = await managedAccount(c, id)
  const db = createDb(c.env)
  const now = new Date()
  const password = temporaryPassword(c.get('identityConfig').temporaryPasswordLength)
  const secondFactor = resetSecondFactor ? { totpSecretSealed: null, totpEnrolledAt: null, totpLastStep: null } : {}
  const changes = {
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
    ...secondFactor,
    updatedAt: now.toISOString(),
  }
  const after = { ...account, ...changes }
  await writeAudited(
    c,
    [db.update(accountTable).set(changes).where(eq(accountTable.id, id)), revokeAccountSessions(db, id, now)],
    {
      action: 'account.reset_password',
      actorId: actor.userId,
      accountId: id,
      before: auditStateOf(account),
      after: auditStateOf(after),
    },
  )
  logIdentityEvent(c, 'account_changed', { actorId: actor.userId, accountId: id, action: 'account.reset_password' })
  return c.json({ account: accountViewOf(after), temporaryPassword: password }, 200)
}
