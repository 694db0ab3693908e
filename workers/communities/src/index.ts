import { WorkerEntrypoint } from 'cloudflare:workers'
import { type CommunitiesRpc, type CommunityGrid, Id, type PlaceCounts, type Station } from '@platform/contracts'
import { createApp } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { createDb } from './db'
import { healthRouter } from './routes/health'
import { stationsRouter } from './routes/stations'
import { countPlaces, findGridOfCommunity, listStations } from './routes/stations/stations.queries'

const app = createApp<AppEnv>().route('/', healthRouter).route('/', stationsRouter)

app.doc31('/api/communities/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Communities API',
    version: '0.1.0',
    description:
      'Places of the district: the police stations of the branch, the communities each one serves and the ' +
      'police grids that divide them. The list of stations and communities is public, for citizens.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<CommunitiesApp>`). */
export type CommunitiesApp = typeof app

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

  /** The grid of a community (`gridId: null` when in none); `null` for an unknown or malformed id. */
  async gridOfCommunity(communityId: string): Promise<CommunityGrid | null> {
    if (!Id.safeParse(communityId).success) return null
    return findGridOfCommunity(createDb(this.env), communityId)
  }

  /** Every station (id, code, labels) ordered by code, for workers that show or check stations. */
  stations(): Promise<Station[]> {
    return listStations(createDb(this.env))
  }
}
