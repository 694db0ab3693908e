import type { NominationKind } from '@platform/contracts'

/** A star of the quarter rests on a quarter (2024-Q3); commendations and promotion preference on a year (2024). */
export const periodFits = (kind: NominationKind, period: string) =>
  kind === 'star_of_quarter' ? /^\d{4}-Q[1-4]$/.test(period) : /^\d{4}$/.test(period)

/** The quarters a nomination's snapshot is drawn from. */
export const quartersOf = (kind: NominationKind, period: string) =>
  kind === 'star_of_quarter' ? [period] : [1, 2, 3, 4].map((q) => `${period}-Q${q}`)

export type NominationRefusal = { code: `RULE_${string}`; message: string } | null

/**
 * Why a nomination may not be filed: it must rest on a frozen snapshot (a closed quarter); one
 * star per station and quarter; annual commendations only while the branch quota has room.
 */
export function filingRefusal(input: {
  kind: NominationKind
  frozenQuarters: number
  starsInStation: number
  approvedCommendations: number
  quota: number
}): NominationRefusal {
  if (input.frozenQuarters === 0)
    return {
      code: 'RULE_NO_SNAPSHOT',
      message: 'A nomination rests on a frozen score snapshot: close the quarter first',
    }
  if (input.kind === 'star_of_quarter' && input.starsInStation > 0)
    return { code: 'RULE_ONE_STAR', message: 'The station has a star of the quarter nominated or approved already' }
  if (input.kind === 'annual_commendation' && input.approvedCommendations >= input.quota)
    return { code: 'RULE_QUOTA', message: `The branch quota of ${input.quota} annual commendations is used up` }
  return null
}

/** An approval of an annual commendation must still fit the branch quota when the board closes it. */
export const approvalExceedsQuota = (kind: NominationKind, approved: number, quota: number) =>
  kind === 'annual_commendation' && approved >= quota
