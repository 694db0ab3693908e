import { coversStation, type Scope } from '@platform/auth'
import type { DisputeRouting } from '@platform/contracts'
import { notFound } from '@platform/server-kit'
import { askPeer, communitiesOf, officersOf } from '../../peers'

/**
 * The responsible officer of a dispute is the A role of the community's police grid. Each
 * worker owns its database, so the grid comes from communities and the officer from officers,
 * both over RPC. A community without a grid (or a grid without an A role) is answered with
 * nulls: the station then assigns the dispute by hand. A peer that fails answers 502.
 * A community outside the actor's station is answered like an unknown one (no existence leak),
 * before anyone is asked who is responsible there.
 */
export async function routeCommunity(
  env: Pick<Env, 'COMMUNITIES' | 'OFFICERS'>,
  communityId: string,
  scope: Scope,
): Promise<DisputeRouting> {
  const place = await askPeer('communities', () => communitiesOf(env).gridOfCommunity(communityId))
  if (!place || !coversStation(scope, place.stationId)) throw notFound('Community', { communityId })
  const { gridId } = place
  const responsible = gridId ? await askPeer('officers', () => officersOf(env).responsibleOfficer(gridId)) : null
  return { communityId, gridId, responsible }
}
