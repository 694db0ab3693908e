import { WorkerEntrypoint } from 'cloudflare:workers'
import type { AssessmentsRpc, BoardSummary } from '@platform/contracts'
import { app } from './app'
import { createDb } from './db'
import { summariseBoard } from './routes/board/board.queries'

export type { AssessmentsApp } from './app'

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
