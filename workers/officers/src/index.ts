import { WorkerEntrypoint } from 'cloudflare:workers'
import { type ForceCounts, Id, type OfficersRpc, type ResponsibleOfficer } from '@platform/contracts'
import { createApp } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { createDb } from './db'
import { gridsRouter } from './routes/grids'
import { findResponsibleOfficer } from './routes/grids/grids.queries'
import { healthRouter } from './routes/health'
import { rosterRouter } from './routes/roster'
import { countForce } from './routes/roster/roster.queries'

const app = createApp<AppEnv>().route('/', healthRouter).route('/', rosterRouter).route('/', gridsRouter)

app.doc31('/api/officers/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Officers API',
    version: '0.1.0',
    description:
      'Community officers of the district: the roster of each station with its policing teams, police grids and ' +
      'community police groups (A/B roles), and the profile figures the branch reports.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<OfficersApp>`). */
export type OfficersApp = typeof app

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
