import { WorkerEntrypoint } from 'cloudflare:workers'
import type { AssessmentsRpc, BoardSummary } from '@platform/contracts'
import { createApp } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { createDb } from './db'
import { boardRouter } from './routes/board'
import { summariseBoard } from './routes/board/board.queries'
import { healthRouter } from './routes/health'

const app = createApp<AppEnv>().route('/', healthRouter).route('/', boardRouter)

app.doc31('/api/assessments/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Assessments API',
    version: '0.1.0',
    description:
      'Scorecards, ratings, warnings, nominations and fault-tolerance exemption cases of the dedicated ' +
      'community officers, and the review board that decides exemptions and nominations.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<AssessmentsApp>`). */
export type AssessmentsApp = typeof app

/**
 * Not public (no routes, no workers.dev): the gateway reaches it over a service binding, by
 * `fetch` for the HTTP API and by these methods for worker-to-worker RPC.
 */
export default class Assessments extends WorkerEntrypoint<Env> implements AssessmentsRpc {
  override fetch(request: Request) {
    return app.fetch(request, this.env, this.ctx)
  }

  /** How many active members, and chairs among them, sit on the review board. */
  boardSummary(): Promise<BoardSummary> {
    return summariseBoard(createDb(this.env))
  }
}
