import { linkBoardAccounts } from './board-accounts'
import { generateBoardCases } from './board-cases'
import { generateNominations } from './board-nominations'
import { DEMO_STATION_CODE, type DemoAccount } from './demo-accounts'
import type { Rng } from './prng'
import { generateSnapshots } from './score-snapshots'
import { generateScoring } from './scoring'
import { generateSurveys } from './surveys-seed'
import type { Row } from './tables'

/**
 * The assessments database: the board (its demo accounts linked), scorecards with raters and
 * computed items, two quarters of scores (the first closed into a snapshot), a few cases and
 * nominations the board decided, and satisfaction surveys. One place, so district.ts wires it in one line.
 */
export function assessmentRows(
  rng: Rng,
  newId: () => string,
  members: readonly Row<'assessments', 'boardMember'>[],
  accounts: readonly DemoAccount[],
  stations: readonly Row<'communities', 'station'>[],
  officers: readonly Row<'officers', 'officer'>[],
  communities: readonly Row<'communities', 'community'>[] = [],
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
  // The closed first quarter (snapshots, grades, consequences), its stars before the board, and surveys.
  const snapshots = generateSnapshots(newId, scoring, cases)
  const demoStation = stations.find((s) => s.code === DEMO_STATION_CODE)?.id
  const nominations = generateNominations(newId, boardMember, snapshots, demoStation)
  const surveys = generateSurveys(
    rng,
    newId,
    communities,
    officers.map((o) => ({ id: o.id, stationId: o.stationId, dedicated: o.dedicated })),
  )
  return { boardMember, ...scoring, ...cases, ...snapshots, ...nominations, ...surveys }
}
