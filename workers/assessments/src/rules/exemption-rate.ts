import type { VoteOutcome } from '@platform/contracts'
import { rateOf } from './satisfaction'

export type DecidedCase = {
  id: string
  stationId: string
  quarter: string
  outcome: VoteOutcome | null
  appealOf: string | null
}

export type RateRow = {
  stationId: string | null
  quarter: string
  decided: number
  exempted: number
  rate: number | null
}

/**
 * Exemptions granted out of cases decided, per station and quarter and for the branch per
 * quarter (to see drift). A case counts once, by its final word: a decided appeal replaces the
 * first decision; an appeal is not counted as a case of its own.
 */
export function exemptionRates(cases: readonly DecidedCase[]) {
  const finalOutcome = (c: DecidedCase) =>
    cases.find((a) => a.appealOf === c.id && a.outcome !== null)?.outcome ?? c.outcome
  const counted = cases.filter((c) => c.appealOf === null && c.outcome !== null)
  const tally = (key: (c: DecidedCase) => string, station: (c: DecidedCase) => string | null) => {
    const rows = new Map<string, RateRow>()
    for (const c of counted) {
      const row = rows.get(key(c)) ?? { stationId: station(c), quarter: c.quarter, decided: 0, exempted: 0, rate: null }
      row.decided += 1
      if (finalOutcome(c) !== 'reject') row.exempted += 1
      rows.set(key(c), row)
    }
    return [...rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => ({ ...row, rate: rateOf(row.decided, row.exempted) }))
  }
  return {
    stations: tally(
      (c) => `${c.stationId}/${c.quarter}`,
      (c) => c.stationId,
    ),
    branch: tally(
      (c) => c.quarter,
      () => null,
    ),
  }
}
