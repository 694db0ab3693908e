import { linkBoardAccounts } from './board-accounts'
import { generateBoardCases } from './board-cases'
import type { DemoAccount } from './demo-accounts'
import type { Rng } from './prng'
import { generateScoring } from './scoring'
import type { Row } from './tables'

/**
 * The assessments database: the board (its demo accounts linked), scorecards and two quarters of
 * scores, and a few cases the board decided. One place, so district.ts wires it in one line.
 */
export function assessmentRows(
  rng: Rng,
  newId: () => string,
  members: readonly Row<'assessments', 'boardMember'>[],
  accounts: readonly DemoAccount[],
  stations: readonly Row<'communities', 'station'>[],
  officers: readonly Row<'officers', 'officer'>[],
) {
  const boardMember = linkBoardAccounts(members, accounts)
  const scoring = generateScoring(
    rng,
    newId,
    stations,
    officers.map((o) => ({ id: o.id, stationId: o.stationId, dedicated: o.dedicated })),
  )
  const cases = generateBoardCases(
    rng,
    newId,
    boardMember,
    scoring,
    stations.map((s) => s.id),
  )
  return { boardMember, ...scoring, ...cases }
}
