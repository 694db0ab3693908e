import type { GroupRole, TransferKind } from '@platform/contracts'

export type Membership = { groupId: string; role: GroupRole }

export type MovePlan = {
  /** Officers whose group membership ends. */
  leaveGroup: string[]
  /** The replacement's new place: the leaving officer's group and role (A stays covered). */
  joinGroup: ({ officerId: string } & Membership) | null
  /** The leaving officer's new station (team cleared), for a transfer to another station. */
  moveTo: { stationId: string; teamId: null } | null
}

/**
 * What a completed transfer or replacement changes besides the grids (互为AB角, 先补充后调离):
 * the leaving officer leaves the community police group, and the replacement takes the same place
 * in it — the A role when the leaving officer was the grid's A — leaving any other group it was
 * in. A transfer naming another station moves the officer there, without a team yet.
 */
export function planTransferMoves(input: {
  kind: TransferKind
  leaving: { id: string; stationId: string; membership: Membership | null }
  replacement: { id: string; membership: Membership | null } | null
  toStationId: string | null
}): MovePlan {
  const { leaving, replacement } = input
  const leaveGroup = leaving.membership ? [leaving.id] : []
  const joinGroup = leaving.membership && replacement ? { officerId: replacement.id, ...leaving.membership } : null
  const moves = input.kind === 'transfer' && input.toStationId !== null && input.toStationId !== leaving.stationId
  return { leaveGroup, joinGroup, moveTo: moves ? { stationId: input.toStationId as string, teamId: null } : null }
}

export type DestinationRefusal = { status: 422; rule: 'RULE_TRANSFER_DESTINATION'; message: string }

/** A destination station goes with a transfer only, and must be another station. */
export function checkDestination(
  kind: TransferKind,
  fromStationId: string,
  toStationId: string | undefined,
): DestinationRefusal | null {
  if (toStationId === undefined) return null
  if (kind !== 'transfer')
    return { status: 422, rule: 'RULE_TRANSFER_DESTINATION', message: 'A replacement keeps the officer’s station' }
  if (toStationId === fromStationId)
    return { status: 422, rule: 'RULE_TRANSFER_DESTINATION', message: 'A transfer goes to another station' }
  return null
}
