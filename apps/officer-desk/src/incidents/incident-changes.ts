import type { IncidentRecord, IncidentType } from '@platform/contracts'

// The safety indicators as the branch reads them: each month's incidents by type, against the
// month before (month on month) and the same month a year before (year on year) — the same
// arithmetic as the figures endpoint ("theft-type −43 % year on year, telecom fraud −8.6 % month
// on month"). A month and type without a record counts zero, as in the seed and the figures.

export const INCIDENT_TYPES = ['theft', 'telecom_fraud', 'burglary', 'other'] as const satisfies readonly IncidentType[]

export type Cell = { count: number; monthOnMonth: number | null; yearOnYear: number | null }
export type MonthRow = { month: string; cells: Record<IncidentType, Cell> }

/** (now − before) / before; null when there was nothing before to compare with. */
export const relativeChange = (now: number, before: number): number | null =>
  before > 0 ? (now - before) / before : null

/** The month `offset` months from `month` (YYYY-MM). */
export function shiftMonth(month: string, offset: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (m - 1) + offset
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** One row per month on record, newest first, each type with its count and both changes. */
export function monthlyChanges(records: readonly IncidentRecord[]): MonthRow[] {
  const counts = new Map(records.map((r) => [`${r.month}/${r.type}`, r.count]))
  const countOf = (month: string, type: IncidentType) => counts.get(`${month}/${type}`) ?? 0
  const months = [...new Set(records.map((r) => r.month))].sort().reverse()
  return months.map((month) => {
    const cells = {} as Record<IncidentType, Cell>
    for (const type of INCIDENT_TYPES) {
      const count = countOf(month, type)
      cells[type] = {
        count,
        monthOnMonth: relativeChange(count, countOf(shiftMonth(month, -1), type)),
        yearOnYear: relativeChange(count, countOf(shiftMonth(month, -12), type)),
      }
    }
    return { month, cells }
  })
}
