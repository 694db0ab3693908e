import { type Actor, coversStation } from '@platform/auth'
import type { HolderRole } from '@platform/contracts'

export type Holding = { holderRole: HolderRole; holderOfficerId: string | null; stationId: string }

/**
 * Who holds a dispute, and so may see its parties in full: the Qihe Station's mediators while it
 * waits at the desk (new, or a referral not yet handed over); the community officer it is
 * assigned to; the team leaders of its station when it was raised to team-leader level; the
 * station head when the station is to assign it. Once referred out, nobody here holds it.
 */
export function holdsDispute(actor: Actor, dispute: Holding): boolean {
  switch (dispute.holderRole) {
    case 'qihe_desk':
      return actor.roles.includes('mediator')
    case 'community_officer':
      return dispute.holderOfficerId !== null && actor.scope.officerId === dispute.holderOfficerId
    case 'team_leader':
      return actor.roles.includes('team_leader') && coversStation(actor.scope, dispute.stationId)
    case 'station':
      return actor.roles.includes('station_head') && coversStation(actor.scope, dispute.stationId)
    case 'referred':
      return false
  }
}
