import { WorkerEntrypoint } from 'cloudflare:workers'
import { type ForceCounts, Id, type OfficersRpc, type ResponsibleOfficer } from '@platform/contracts'
import { app } from './app'
import { createDb } from './db'
import { findResponsibleOfficer } from './routes/grids/grids.queries'
import { countForce } from './routes/roster/roster.queries'

export type { OfficersApp } from './app'

/**
 * Not public (no routes, no workers.dev): the gateway reaches it over a service binding, by
 * `fetch` for the HTTP API and by these methods for worker-to-worker RPC.
 */
export default class Officers extends WorkerEntrypoint<Env> implements OfficersRpc {
  override fetch(request: Request) {
    return app.fetch(request, this.env, this.ctx)
  }

  /** Dedicated officers and community police groups, for the district counts. */
  forceCounts(): Promise<ForceCounts> {
    return countForce(createDb(this.env))
  }

  /** The A role of a grid; `null` when nobody is responsible or the id cannot be a grid's. */
  async responsibleOfficer(gridId: string): Promise<ResponsibleOfficer | null> {
    if (!Id.safeParse(gridId).success) return null
    return findResponsibleOfficer(createDb(this.env), gridId)
  }
}
