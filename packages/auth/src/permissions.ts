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
  // The four prohibitions are checked on every assignment; the station assigns its own officers.
  'assignment.create': { team_leader: 'station', station_head: 'station' },
  'assignment.read': { team_leader: 'station', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  // Duty exceptions: the station head(s) ask, the branch's population department decides.
  'duty_exception.request': { station_head: 'station' },
  'duty_exception.decide': { branch_admin: 'branch' },
  'duty_exception.read': { team_leader: 'station', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  // Transfers (四不准: no transfer without approval): the station head asks and completes, the branch decides.
  'transfer.request': { station_head: 'station' },
  'transfer.decide': { branch_admin: 'branch' },
  'transfer.read': { station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  // Time in the community: the officer logs and submits the own week, the team leader approves it.
  'presence.self': { officer: 'own', team_leader: 'own' },
  'presence.review': { team_leader: 'team', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  'presence.approve': { team_leader: 'team', station_head: 'station' },
  // Task lists: the officer works the own lists; templates, checklists and the meeting calendar are
  // read across the station and made by the station head (the branch for every station).
  'task.self': { officer: 'own', team_leader: 'own' },
  'task.plan.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    auditor: 'branch',
  },
  'task.plan.write': { station_head: 'station', branch_admin: 'branch' },
  // The abstraction ledger, weekly reports and the team progress sheet: the team, the station, the branch.
  'ledger.read': { team_leader: 'team', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  'report.read': { team_leader: 'team', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
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
  // Registration figures, the managers' league, the joint-defence rota and the headline figures:
  // read at the own station below the branch; recorded by the station's own people only.
  'registration.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    auditor: 'branch',
  },
  'registration.write': { officer: 'station', team_leader: 'station', station_head: 'station' },
  'league.read': { officer: 'station', team_leader: 'station', station_head: 'station', branch_admin: 'branch' },
  'defence.rota.read': { officer: 'station', team_leader: 'station', station_head: 'station', branch_admin: 'branch' },
  'figures.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    auditor: 'branch',
  },
  // Key units and the "three fives": officers inspect and fix at their station; the station head
  // (or the branch) puts units on file.
  'keyunit.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    auditor: 'branch',
  },
  'keyunit.manage': { station_head: 'station', branch_admin: 'branch' },
  'keyunit.inspect': { officer: 'station', team_leader: 'station', station_head: 'station' },
  // Floating-population managers; the station head records the quarter's rewards.
  'manager.read': { officer: 'station', team_leader: 'station', station_head: 'station', branch_admin: 'branch' },
  'manager.manage': { station_head: 'station', branch_admin: 'branch' },
  'league.reward': { station_head: 'station', branch_admin: 'branch' },
  // Outreach groups, campaigns and events: kept by the station's own people.
  'outreach.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    auditor: 'branch',
  },
  'outreach.write': { officer: 'station', team_leader: 'station', station_head: 'station', branch_admin: 'branch' },
  // Joint defence: the station edits shops and groups; officers record duty reports and hand problems over.
  'defence.manage': { team_leader: 'station', station_head: 'station' },
  'defence.report': { officer: 'station', team_leader: 'station', station_head: 'station' },
  'defence.report.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
  },
  // Incidents per community, month and type (the safety indicators).
  'incident.write': { team_leader: 'station', station_head: 'station' },
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
  // Scorecards and quarterly scores: staff read their own station's (station grain), the board
  // and the branch every station's.
  'scorecard.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  'score.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  // Exemption cases (容错免责): an officer files and reads the own, a team leader or station head
  // those of the station; the board reads all, members vote, the chair closes.
  'exemption.read': {
    officer: 'own',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  'exemption.file': { officer: 'own', team_leader: 'station', station_head: 'station' },
  'exemption.appeal': { officer: 'own', team_leader: 'station', station_head: 'station' },
  'exemption.vote': { board_member: 'branch', board_chair: 'branch' },
  'exemption.close': { board_chair: 'branch' },
  // Raters enter deductions with a reason (team leader and duty deputy head, who signs in as
  // station head); the station head or the branch recomputes the computed items and closes a quarter.
  'score.rate': { team_leader: 'station', station_head: 'station' },
  // Who rates on a station's scorecard and with what weight: the station head or the branch.
  'scorecard.configure': { station_head: 'station', branch_admin: 'branch' },
  'score.compute': { station_head: 'station', branch_admin: 'branch' },
  'quarter.close': { station_head: 'station', branch_admin: 'branch' },
  // Consequences proposed for the bottom of a ranking: the station head confirms or withdraws.
  'consequence.read': { team_leader: 'station', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  'consequence.decide': { station_head: 'station' },
  // Surveys: definitions and satisfaction figures; officers record household-visit answers.
  'survey.read': {
    officer: 'branch',
    team_leader: 'branch',
    station_head: 'branch',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  'survey.visit': { officer: 'own', team_leader: 'station' },
  'satisfaction.read': {
    officer: 'station',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  // The precedent library is anonymised: every staff role reads all of it; the exemption-rate
  // figure (drift per station) is for the board, the branch, station heads and oversight.
  'precedent.read': {
    officer: 'branch',
    team_leader: 'branch',
    station_head: 'branch',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  'exemption.rate.read': {
    station_head: 'branch',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  // Nominations (star of the quarter, annual commendations, promotion preference): the station
  // head or the branch nominates, the board decides like an exemption case.
  'nomination.file': { station_head: 'station', branch_admin: 'branch' },
  'nomination.read': {
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
    board_member: 'branch',
    board_chair: 'branch',
    auditor: 'branch',
  },
  'nomination.vote': { board_member: 'branch', board_chair: 'branch' },
  'nomination.close': { board_chair: 'branch' },
  // disputes worker
  'qihe.staff.read': { mediator: 'branch', station_head: 'station', branch_admin: 'branch', auditor: 'branch' },
  'dispute.routing.read': {
    mediator: 'branch',
    team_leader: 'station',
    station_head: 'station',
    branch_admin: 'branch',
  },
  // The ledger: an officer sees the disputes held personally, a team leader or station head
  // those of the own station, a Qihe Station mediator all of them (one station for the branch).
  'dispute.ledger.read': {
    officer: 'own',
    team_leader: 'station',
    station_head: 'station',
    mediator: 'branch',
    branch_admin: 'branch',
  },
  // Recording a dispute from the counter, a police call, the community or a past case.
  'dispute.record': { officer: 'own', team_leader: 'station', station_head: 'station', mediator: 'branch' },
  // Deciding where a dispute goes (police simple/complex, or referral to a mediation channel).
  'dispute.triage': { mediator: 'branch', team_leader: 'station', station_head: 'station' },
  // Pausing, resuming and closing a dispute: whoever holds it (a row rule on top of this).
  'dispute.handle': { officer: 'own', team_leader: 'station', station_head: 'station', mediator: 'branch' },
  // Names, phones and address in full: only whoever holds the dispute (a row rule), each view audited.
  'dispute.parties.reveal': { officer: 'own', team_leader: 'station', station_head: 'station', mediator: 'branch' },
  // The printable mediation agreement holds the parties in full: the holder only (a row rule), audited.
  'dispute.agreement.read': { officer: 'own', team_leader: 'station', station_head: 'station', mediator: 'branch' },
  // Linking a flagged duplicate or dismissing the flag, with a reason (never merged).
  'dispute.duplicate.decide': { mediator: 'branch', team_leader: 'station', station_head: 'station' },
  // Learning from types: repeat addresses and parties (by digest), recurring types, per-community figures.
  'dispute.insights.read': {
    team_leader: 'station',
    station_head: 'station',
    mediator: 'branch',
    branch_admin: 'branch',
  },
  // The station roster (who serves, on which days): the station's mediators keep it.
  'qihe.staff.manage': { mediator: 'branch' },
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
