/**
 * Staff roles. `branch_admin` is the branch's population department; `mediator` is Qihe Station
 * staff of a partner agency; `auditor` reads audit trails and nothing else changes through them.
 */
export const ROLES = [
  'officer',
  'team_leader',
  'station_head',
  'branch_admin',
  'board_member',
  'board_chair',
  'mediator',
  'auditor',
] as const
export type Role = (typeof ROLES)[number]

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

/** Roles that must sign in with a second factor (TOTP): they decide cases or manage accounts. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['board_member', 'board_chair', 'branch_admin']

export const needsSecondFactor = (roles: readonly Role[]) => roles.some((r) => SECOND_FACTOR_ROLES.includes(r))
