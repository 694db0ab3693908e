import type { Role } from './roles'
import { narrowTo, type Scope, type ScopeLevel, widest } from './scope'

/**
 * The permission matrix: for each action, the roles that may perform it and the widest scope
 * each role reaches with it. The account's own scope narrows it further (a station head of
 * station S reads "station"-level data of S only). One source: workers declare the action on
 * each route, the route × role test walks this table.
 */
export const PERMISSIONS = {
  // officers worker
  'roster.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  'grid.responsible.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    mediator: 'branch',
  },
  // communities worker
  'station.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    mediator: 'branch',
    auditor: 'branch',
  },
  // assessments worker
  'board.members.read': {
    officer: 'branch',
    team_leader: 'branch',
    station_head: 'branch',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  // disputes worker
  'qihe.staff.read': { mediator: 'branch', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  'dispute.routing.read': {
    mediator: 'branch',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
  },
  // every worker, and the gateway's identity module
  'audit.verify': { auditor: 'branch' },
  // identity (gateway)
  'account.self': {
    officer: 'own',
    team_leader: 'own',
    station_head: 'own',
    branch_admin: 'own',
    board_member: 'own',
    board_chair: 'own',
    mediator: 'own',
    auditor: 'own',
  },
  'account.manage': { branch_admin: 'branch' },
} as const satisfies Record<string, Partial<Record<Role, ScopeLevel>>>

export type Action = keyof typeof PERMISSIONS
export const ACTIONS = Object.keys(PERMISSIONS) as Action[]

/** Routes anyone may call, declared as such rather than left unchecked. */
export const PUBLIC = 'public'
export type Permission = Action | typeof PUBLIC

export const isAction = (value: unknown): value is Action => typeof value === 'string' && value in PERMISSIONS

/** The widest level any of the roles reaches with the action, or null when none may. */
export function allowedLevel(roles: readonly Role[], action: Action): ScopeLevel | null {
  const grants = PERMISSIONS[action] as Partial<Record<Role, ScopeLevel>>
  let level: ScopeLevel | null = null
  for (const role of roles) {
    const granted = grants[role]
    if (granted) level = level ? widest(level, granted) : granted
  }
  return level
}

export const can = (roles: readonly Role[], action: Action) => allowedLevel(roles, action) !== null

/**
 * The scope an actor may act in for an action: the matrix's level cut by the account's own
 * scope. Null means the action is denied.
 */
export function effectiveScope(actor: { roles: readonly Role[]; scope: Scope }, action: Action): Scope | null {
  const level = allowedLevel(actor.roles, action)
  return level ? narrowTo(actor.scope, level) : null
}
