import { WorkerEntrypoint } from 'cloudflare:workers'
import {
  type DutyTaskCreated,
  type DutyTaskHandover,
  type FiguresPeriod,
  type ForceCounts,
  Id,
  type OfficerHoursRow,
  type OfficersRpc,
  type OfficerTaskRow,
  type ResponsibleOfficer,
} from '@platform/contracts'
import { app } from './app'
import { createDb } from './db'
import { communityHours, taskCompletion } from './figures/rpc-figures'
import { findResponsibleOfficer } from './routes/grids/grids.queries'
import { countForce } from './routes/roster/roster.queries'
import { localDate } from './rules/shanghai-time'
import { taskFromDutyProblem } from './tasks/duty-problem-task'
import { makeListsOf } from './tasks/morning-lists'

export type { OfficersApp } from './app'

/**
 * Not public (no routes, no workers.dev): the gateway reaches it over a service binding, by
 * `fetch` for the HTTP API and by these methods for worker-to-worker RPC.
 */
export default class Officers extends WorkerEntrypoint<Env> implements OfficersRpc {
  override fetch(request: Request) {
    return app.fetch(request, this.env, this.ctx)
  }

  /** The morning cron (wrangler.toml): the day's task lists of every officer. */
  override async scheduled(controller: ScheduledController) {
    await makeListsOf(createDb(this.env), localDate(controller.scheduledTime))
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

  /** Community hours (submitted or approved weeks) against hours assigned away, per officer. */
  communityHours(period: FiguresPeriod): Promise<OfficerHoursRow[]> {
    return communityHours(createDb(this.env), period)
  }

  /** Task-list items falling due in the period and done, per officer. */
  taskCompletion(period: FiguresPeriod): Promise<OfficerTaskRow[]> {
    return taskCompletion(createDb(this.env), period)
  }

  /** A special task in the officer's list for a problem found on joint-defence duty; once per hand-over. */
  taskFromDutyProblem(handover: DutyTaskHandover): Promise<DutyTaskCreated> {
    return taskFromDutyProblem(createDb(this.env), handover)
  }
}
