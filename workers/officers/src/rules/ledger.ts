/** Minutes and counts the abstraction ledger keeps per officer (and sums per team and station). */
export type LedgerMinutes = {
  communityMinutes: number
  awayMinutes: number
  exceptionMinutes: number
  exceptionsUsed: number
  refusedAttempts: number
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/** Abstraction rate: the share of recorded working time assigned away; null with nothing recorded. */
export function abstractionRate(communityMinutes: number, awayMinutes: number): number | null {
  const worked = communityMinutes + awayMinutes
  return worked > 0 ? round(awayMinutes / worked, 4) : null
}

/** The figures a ledger row shows (hours, not minutes). */
export function ledgerFigures(m: LedgerMinutes) {
  return {
    communityHours: round(m.communityMinutes / 60, 2),
    awayHours: round(m.awayMinutes / 60, 2),
    exceptionHours: round(m.exceptionMinutes / 60, 2),
    exceptionsUsed: m.exceptionsUsed,
    refusedAttempts: m.refusedAttempts,
    rate: abstractionRate(m.communityMinutes, m.awayMinutes),
  }
}

export const NO_MINUTES: LedgerMinutes = {
  communityMinutes: 0,
  awayMinutes: 0,
  exceptionMinutes: 0,
  exceptionsUsed: 0,
  refusedAttempts: 0,
}

export function addMinutes(a: LedgerMinutes, b: LedgerMinutes): LedgerMinutes {
  return {
    communityMinutes: a.communityMinutes + b.communityMinutes,
    awayMinutes: a.awayMinutes + b.awayMinutes,
    exceptionMinutes: a.exceptionMinutes + b.exceptionMinutes,
    exceptionsUsed: a.exceptionsUsed + b.exceptionsUsed,
    refusedAttempts: a.refusedAttempts + b.refusedAttempts,
  }
}

/** Worst first: highest rate (nothing recorded counts as 0), then most refused attempts, then most away. */
export function worstFirst(
  a: { rate: number | null; refusedAttempts: number; awayHours: number },
  b: { rate: number | null; refusedAttempts: number; awayHours: number },
) {
  return (b.rate ?? 0) - (a.rate ?? 0) || b.refusedAttempts - a.refusedAttempts || b.awayHours - a.awayHours
}

/** Anyone taken away from the community or tried: the ledger's "worst" list leaves out the untouched. */
export const touched = (row: { awayHours: number; refusedAttempts: number }) =>
  row.awayHours > 0 || row.refusedAttempts > 0
