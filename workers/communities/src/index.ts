import { WorkerEntrypoint } from 'cloudflare:workers'
import {
  type CommunitiesRpc,
  type CommunityGrid,
  type CommunityRegistrationRow,
  Id,
  type PlaceCounts,
  type RegistrationPeriod,
  type Station,
} from '@platform/contracts'
import { app } from './app'
import { createDb } from './db'
import { countPlaces, findGridOfCommunity, listStations } from './routes/stations/stations.queries'
import { registrationRows } from './rpc/registration-rows'

export type { CommunitiesApp } from './app'

/**
 * Not public (no routes, no workers.dev): the gateway reaches it over a service binding, by
 * `fetch` for the HTTP API and by these methods for worker-to-worker RPC.
 */
export default class Communities extends WorkerEntrypoint<Env> implements CommunitiesRpc {
  override fetch(request: Request) {
    return app.fetch(request, this.env, this.ctx)
  }

  /** Stations and communities, for the district counts. */
  placeCounts(): Promise<PlaceCounts> {
    return countPlaces(createDb(this.env))
  }

  /**
   * The station and grid of a community (`gridId: null` when in no grid); `null` for an unknown or
   * malformed id.
   */
  async gridOfCommunity(communityId: string): Promise<CommunityGrid | null> {
    if (!Id.safeParse(communityId).success) return null
    return findGridOfCommunity(createDb(this.env), communityId)
  }

  /** Every station (id, code, labels) ordered by code, for workers that show or check stations. */
  stations(): Promise<Station[]> {
    return listStations(createDb(this.env))
  }

  /** Monthly registration counts per community with its station and grid (scores, reports). */
  registrationRows(period: RegistrationPeriod): Promise<CommunityRegistrationRow[]> {
    return registrationRows(createDb(this.env), period)
  }
}
