import { WorkerEntrypoint } from 'cloudflare:workers'
import type { DisputesRpc, StaffSummary } from '@platform/contracts'
import { createApp } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { createDb } from './db'
import { healthRouter } from './routes/health'
import { qiheRouter } from './routes/qihe'
import { summariseStaff } from './routes/qihe/qihe.queries'
import { routingRouter } from './routes/routing'

const app = createApp<AppEnv>().route('/', healthRouter).route('/', qiheRouter).route('/', routingRouter)

app.doc31('/api/disputes/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Disputes API',
    version: '0.1.0',
    description:
      'The Qihe Station (祈和驿站), the one-stop dispute centre staffed by police, procuratorate, court and ' +
      'justice bureau: its public figures, its staff, and where a dispute from a community is routed.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<DisputesApp>`). */
export type DisputesApp = typeof app

/**
 * Not public (no routes, no workers.dev): the gateway reaches it over a service binding, by
 * `fetch` for the HTTP API and by these methods for worker-to-worker RPC.
 */
export default class Disputes extends WorkerEntrypoint<Env> implements DisputesRpc {
  override fetch(request: Request) {
    return app.fetch(request, this.env, this.ctx)
  }

  /** Active Qihe Station staff per partner agency. */
  staffSummary(): Promise<StaffSummary> {
    return summariseStaff(createDb(this.env))
  }
}
