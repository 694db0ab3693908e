import { WorkerEntrypoint } from 'cloudflare:workers'
import type {
  DisputesRpc,
  DutyLeadHandover,
  DutyLeadRecorded,
  FiguresPeriod,
  HeldDispute,
  OfficerDisputeRow,
  StaffSummary,
} from '@platform/contracts'
import { app } from './app'
import { createDb } from './db'
import { leadFromDutyProblem } from './disputes/duty-lead'
import { openDisputesOf } from './disputes/held-disputes'
import { forwardPendingSurveys } from './disputes/survey'
import { disputeResults } from './figures/dispute-results'
import { summariseStaff } from './routes/qihe/qihe.queries'

export type { DisputesApp } from './app'

/**
 * Not public (no routes, no workers.dev): the gateway reaches it over a service binding, by
 * `fetch` for the HTTP API and by these methods for worker-to-worker RPC.
 */
export default class Disputes extends WorkerEntrypoint<Env> implements DisputesRpc {
  override fetch(request: Request) {
    return app.fetch(request, this.env, this.ctx)
  }

  /** The cron: survey answers the assessments worker has not taken yet are forwarded again. */
  override async scheduled(_controller: ScheduledController) {
    const result = await forwardPendingSurveys(createDb(this.env), this.env)
    console.log(JSON.stringify({ level: 'info', job: 'survey-outbox', ...result }))
  }

  /** Active Qihe Station staff per partner agency. */
  staffSummary(): Promise<StaffSummary> {
    return summariseStaff(createDb(this.env))
  }

  /** The open disputes an officer holds (the officers worker shows them in the task list). */
  openDisputesOf(officerId: string): Promise<HeldDispute[]> {
    return openDisputesOf(createDb(this.env), officerId)
  }

  /** Settled in the period, overdue now and open, per responsible officer (scores). */
  disputeResults(period: FiguresPeriod): Promise<OfficerDisputeRow[]> {
    return disputeResults(createDb(this.env), period)
  }

  /** A dispute lead found on joint-defence duty (source community, no personal data); once per hand-over. */
  leadFromDutyProblem(handover: DutyLeadHandover): Promise<DutyLeadRecorded> {
    return leadFromDutyProblem(createDb(this.env), this.env.DISPUTES_DATA_KEY, handover)
  }
}
