import { ACTOR_HEADER, type Actor, narrowTo, type Role, type ScopeLevel, signAssertion } from '@platform/auth'
import { TEST_ACTOR_SECRET } from './secret'

/** Where a test actor sits: the ids its scope keeps (station, team, the own officer record). */
export type Place = { stationId?: string; teamId?: string; officerId?: string }

/**
 * The scope level an account of each role has in real life (the demo accounts are made the same
 * way): an officer reaches the own records, a team leader the team, a station head the station,
 * everyone else the whole branch.
 */
export const ROLE_SCOPE_LEVEL: Record<Role, ScopeLevel> = {
  officer: 'own',
  team_leader: 'team',
  station_head: 'station',
  branch_admin: 'branch',
  board_member: 'branch',
  board_chair: 'branch',
  mediator: 'branch',
  auditor: 'branch',
}

/** A user holding just `role`, with that role's realistic scope at `place`. */
export function actorFor(role: Role, place: Place = {}): Actor {
  const level = ROLE_SCOPE_LEVEL[role]
  const scope = narrowTo({ level, ...place }, level)
  return {
    userId: `test-${role}`,
    username: `test.${role}`,
    roles: [role],
    // A team leader is an officer too: the gateway keeps the own officer record at team level.
    scope: level === 'team' && place.officerId ? { ...scope, officerId: place.officerId } : scope,
  }
}

export type SignOptions = {
  /** Defaults to the secret every worker test binds. */
  secret?: string
  /** Issue time in Unix seconds, to make an expired or future assertion. */
  now?: number
}

/** The signed assertion the gateway would send for this actor. */
export const assertionFor = (actor: Actor, options: SignOptions = {}) =>
  signAssertion(actor, options.secret ?? TEST_ACTOR_SECRET, { now: options.now })

/** Request headers carrying the assertion of any actor, e.g. one with several roles. */
export const asActor = async (actor: Actor, options: SignOptions = {}): Promise<Record<string, string>> => ({
  [ACTOR_HEADER]: await assertionFor(actor, options),
})

/**
 * Request headers of a user holding just `role`, sitting at `place`:
 * `fetch(url, { headers: await asRole('station_head', { stationId }) })`.
 */
export const asRole = (role: Role, place: Place = {}, options: SignOptions = {}) =>
  asActor(actorFor(role, place), options)
