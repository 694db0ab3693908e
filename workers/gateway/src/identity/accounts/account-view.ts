import { type Actor, isRole, needsSecondFactor, type Role, type Scope } from '@platform/auth'
import type { AccountView, SessionUser } from '@platform/contracts'
import type { schema } from '../../db'

export type AccountRow = typeof schema.account.$inferSelect

/** Roles as stored (JSON text); an unknown one (a role removed from the code) grants nothing. */
export const rolesOf = (account: AccountRow): Role[] => account.roles.filter(isRole)

/** The account's reach; the officer id comes from the account's link to its officer record. */
export function scopeOf(account: AccountRow): Scope {
  return {
    level: account.scopeLevel,
    ...(account.stationId ? { stationId: account.stationId } : {}),
    ...(account.teamId ? { teamId: account.teamId } : {}),
    ...(account.officerId ? { officerId: account.officerId } : {}),
  }
}

export const actorOf = (account: AccountRow): Actor => ({
  userId: account.id,
  username: account.username,
  roles: rolesOf(account),
  scope: scopeOf(account),
})

export const sessionUserOf = (account: AccountRow): SessionUser => ({
  id: account.id,
  username: account.username,
  displayName: { zh: account.displayNameZh, en: account.displayNameEn },
  roles: rolesOf(account),
  scope: scopeOf(account),
})

export function secondFactorOf(account: AccountRow): AccountView['secondFactor'] {
  if (!needsSecondFactor(rolesOf(account))) return account.totpEnrolledAt ? 'enrolled' : 'not_required'
  return account.totpEnrolledAt ? 'enrolled' : 'not_enrolled'
}

/** What the branch admin sees: never the password hash or the TOTP secret. */
export const accountViewOf = (account: AccountRow): AccountView => ({
  ...sessionUserOf(account),
  officerId: account.officerId,
  active: account.active,
  mustChangePassword: account.mustChangePassword,
  secondFactor: secondFactorOf(account),
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
})

/**
 * The state the audit row hashes (before/after). The password hash and TOTP secret are left
 * out; `updatedAt` changes with each of them, so a password change still shows as a change.
 */
export const auditStateOf = (account: AccountRow) => ({
  ...accountViewOf(account),
  totpEnrolledAt: account.totpEnrolledAt,
})
