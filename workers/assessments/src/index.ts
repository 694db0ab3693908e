import { WorkerEntrypoint } from 'cloudflare:workers'
import type {
  AssessmentsRpc,
  BoardSummary,
  DisputeSurveyAnswer,
  FiguresPeriod,
  SatisfactionFigure,
} from '@platform/contracts'
import { app } from './app'
import { createDb } from './db'
import { summariseBoard } from './routes/board/board.queries'
import { recordDisputeSurvey, satisfactionFigure } from './surveys/survey-queries'

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

  /** Satisfaction from surveys and visits over a period (district, or one station). */
  satisfaction(period: FiguresPeriod): Promise<SatisfactionFigure> {
    return satisfactionFigure(createDb(this.env), period)
  }

  /** A citizen's answer after a dispute closed; false when that dispute already answered. */
  recordDisputeSurvey(answer: DisputeSurveyAnswer): Promise<{ recorded: boolean }> {
    return recordDisputeSurvey(createDb(this.env), answer)
  }
}
