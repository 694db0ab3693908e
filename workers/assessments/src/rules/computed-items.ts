import type { ItemSource } from '@platform/contracts'

// Items computed from records: each takes off the item's points in proportion to what is missing
// (hours short of the target, tasks not done, people not registered, dissatisfied answers), or a
// fixed number of points per overdue dispute, never more than the item's maximum.

/** Points off for a share achieved: maxPoints × (1 − done/due), rounded; nothing when nothing was due. */
export function shortfallPoints(maxPoints: number, done: number, due: number): number {
  if (due <= 0) return 0
  const share = Math.min(1, Math.max(0, done / due))
  return Math.min(maxPoints, Math.round(maxPoints * (1 - share)))
}

/** Points off for disputes overdue at the end of the period, capped at the item's maximum. */
export const overduePoints = (maxPoints: number, overdue: number, perOverdue: number) =>
  Math.min(maxPoints, Math.max(0, overdue) * perOverdue)

export type OfficerFigures = {
  hours?: { communityHours: number; targetHours: number; awayHours: number }
  tasks?: { due: number; done: number }
  registration?: { known: number; registered: number }
  disputes?: { settled: number; overdue: number; open: number }
  satisfaction?: { responses: number; satisfied: number }
}

/**
 * One computed item of one officer: the points off and the figures they came from (kept with
 * the item, and in the snapshot when the quarter closes). Missing figures take nothing off.
 */
export function computeItem(
  source: Exclude<ItemSource, 'rater'>,
  maxPoints: number,
  figures: OfficerFigures,
  perOverdue: number,
): { points: number; inputs: Record<string, number> } {
  switch (source) {
    case 'community_hours': {
      const h = figures.hours ?? { communityHours: 0, targetHours: 0, awayHours: 0 }
      return { points: shortfallPoints(maxPoints, h.communityHours, h.targetHours), inputs: { ...h } }
    }
    case 'task_completion': {
      const t = figures.tasks ?? { due: 0, done: 0 }
      return { points: shortfallPoints(maxPoints, t.done, t.due), inputs: { ...t } }
    }
    case 'registration_rate': {
      const r = figures.registration ?? { known: 0, registered: 0 }
      return { points: shortfallPoints(maxPoints, r.registered, r.known), inputs: { ...r } }
    }
    case 'disputes': {
      const d = figures.disputes ?? { settled: 0, overdue: 0, open: 0 }
      return { points: overduePoints(maxPoints, d.overdue, perOverdue), inputs: { ...d } }
    }
    case 'satisfaction': {
      const s = figures.satisfaction ?? { responses: 0, satisfied: 0 }
      return { points: shortfallPoints(maxPoints, s.satisfied, s.responses), inputs: { ...s } }
    }
  }
}

/** The quarter `2024-Q3` as days and months (Beijing calendar, both ends included). */
export function quarterPeriod(quarter: string) {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number]
  const first = (q - 1) * 3 + 1
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate()
  return {
    from: `${month(first)}-01`,
    to: `${month(first + 2)}-${String(lastDay).padStart(2, '0')}`,
    fromMonth: month(first),
    toMonth: month(first + 2),
  }
}
