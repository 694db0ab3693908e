import { assessmentRows } from './assessment-rows'
import { generateBoard } from './board'
import { generateIncidents, generateJointDefence, generateRegistrations } from './communities-history'
import { generateDemoAccounts } from './demo-accounts'
import { generateFormation } from './groups'
import { generateKeyUnits } from './key-units'
import { createNamer } from './names'
import { generateOfficers } from './officers'
import { generatePlaces } from './places'
import { createRng } from './prng'
import { assignProfiles } from './profiles'
import { generateQiheStaff } from './qihe'
import type { District } from './tables'
import { createUlid } from './ulid'

/** Changing the seed changes every id and name; the structure and figures stay the same. */
export const DISTRICT_SEED = 'dongcheng-2024-09'

/**
 * The whole district as rows per database per table. Pure and deterministic: each part draws
 * from its own PRNG stream, so the same seed gives the same rows, ids included.
 */
export function generateDistrict(seed: string = DISTRICT_SEED): District {
  const stream = (part: string) => createRng(`${seed}/${part}`)
  const ids = (part: string) => createUlid(stream(`${part}/ids`))
  const nextName = createNamer(stream('names'))

  const { stations, ...places } = generatePlaces(stream('places'), ids('places'))
  const keyUnit = generateKeyUnits(stream('key-units'), ids('key-units'), stations)
  const { seats, ...formation } = generateFormation(ids('formation'), stations)
  const { drafts, ...officers } = generateOfficers(ids('officers'), nextName, seats)
  const officer = assignProfiles(stream('profiles'), drafts)
  const boardMember = generateBoard(ids('board'), nextName, stations)
  const qiheStaff = generateQiheStaff(ids('qihe'), nextName)
  // Local demo accounts (never deployed: see demo-accounts.ts), linked to the rows above.
  const account = generateDemoAccounts(ids('identity'), {
    branch: places.branch,
    station: places.station,
    officer,
    boardMember,
    qiheStaff,
  })

  return {
    communities: {
      ...places,
      keyUnit,
      // A year of registration figures, the joint defence of one street and two years of incidents (communities-history.ts).
      registration: generateRegistrations(stream('registration'), places.community),
      ...generateJointDefence(stream('joint-defence'), ids('joint-defence'), places.station),
      incidentCount: generateIncidents(stream('incidents'), places.community),
    },
    officers: {
      team: formation.team,
      teamGrid: formation.teamGrid,
      officer,
      gridResponsibility: officers.gridResponsibility,
      policeGroup: formation.policeGroup,
      groupMember: officers.groupMember,
    },
    assessments: assessmentRows(stream('scoring'), ids('scoring'), boardMember, account, places.station, officer),
    disputes: { qiheStaff },
    identity: { account },
  }
}
