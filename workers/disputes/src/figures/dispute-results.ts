import type { FiguresPeriod, OfficerDisputeRow } from '@platform/contracts'
import { and, eq, isNotNull, type SQL } from 'drizzle-orm'
import type { Db } from '../db'
import { dispute } from '../db/schema'
import { isOverdue } from '../rules/deadlines'
import { isSettledIn, periodInstants } from '../rules/period'

/** Still in hand here (not closed, not referred out). */
const OPEN_STATES = new Set(['received', 'assigned', 'referral_pending'])

/**
 * Per responsible officer (the community officer a dispute was assigned to): disputes settled in
 * the period, those overdue now (open, past the deadline, not paused) and those still open. An
 * officer with none of the three is left out. Only disputes with a responsible officer count.
 */
export async function disputeResults(db: Db, period: FiguresPeriod, now = new Date()): Promise<OfficerDisputeRow[]> {
  const filters: SQL[] = [isNotNull(dispute.holderOfficerId)]
  if (period.stationId) filters.push(eq(dispute.stationId, period.stationId))
  const rows = await db
    .select({
      officerId: dispute.holderOfficerId,
      state: dispute.state,
      outcome: dispute.outcome,
      closedAt: dispute.closedAt,
      dueAt: dispute.dueAt,
      pausedAt: dispute.pausedAt,
    })
    .from(dispute)
    .where(and(...filters))
  const window = periodInstants(period)
  const byOfficer = new Map<string, OfficerDisputeRow>()
  for (const row of rows) {
    const officerId = row.officerId as string
    const settled = isSettledIn(row, window)
    const open = OPEN_STATES.has(row.state)
    const overdue = open && !row.pausedAt && isOverdue(row.dueAt, now)
    if (!settled && !open) continue
    const entry = byOfficer.get(officerId) ?? { officerId, settled: 0, overdue: 0, open: 0 }
    if (settled) entry.settled += 1
    if (open) entry.open += 1
    if (overdue) entry.overdue += 1
    byOfficer.set(officerId, entry)
  }
  return [...byOfficer.values()].sort((a, b) => a.officerId.localeCompare(b.officerId))
}
