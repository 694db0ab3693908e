import type { CaseSummary, NominationSummary } from '@platform/contracts'

/** One line of the board's queue: an exemption case or a nomination, in one shape. */
export type QueueRow = {
  kind: 'exemption' | NominationSummary['kind']
  id: string
  href: string
  subject: string
  officerId: string
  stationId: string
  status: 'open' | 'decided'
  deadline: string
  outcome: string | null
}

export const KINDS = ['exemption', 'star_of_quarter', 'annual_commendation', 'promotion_preference'] as const

/** Cases and nominations together: open first, exemption cases before nominations, then by deadline and id. */
export function queueRows(cases: readonly CaseSummary[], nominations: readonly NominationSummary[]): QueueRow[] {
  const rows: QueueRow[] = [
    ...cases.map((c) => ({
      kind: 'exemption' as const,
      id: c.id,
      href: `/cases/${c.id}`,
      subject: c.duty,
      officerId: c.officerId,
      stationId: c.stationId,
      status: c.status,
      deadline: c.deadline,
      outcome: c.outcome,
    })),
    ...nominations.map((n) => ({
      kind: n.kind,
      id: n.id,
      href: `/nominations/${n.id}`,
      subject: n.period,
      officerId: n.officerId,
      stationId: n.stationId,
      status: n.status,
      deadline: n.deadline,
      outcome: n.outcome,
    })),
  ]
  const order = (s: string) => (s === 'open' ? 0 : 1)
  const kindOrder = (k: QueueRow['kind']) => (k === 'exemption' ? 0 : 1)
  return rows.sort(
    (a, b) =>
      order(a.status) - order(b.status) ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.deadline.localeCompare(b.deadline) ||
      a.id.localeCompare(b.id),
  )
}
