import { assessmentRows } from './assessment-rows'
import { generateBoard } from './board'
import { generateBoardDemoAccounts } from './board-demo-accounts'
import { generateIncidents, generateJointDefence, generateRegistrations } from './communities-history'
import { generatePrevention } from './communities-prevention'
import { demoUsername, generateDemoAccounts } from './demo-accounts'
import { generateDisputes } from './disputes'
import { generateFormation } from './groups'
import { generateKeyUnits } from './key-units'
import { createNamer } from './names'
import { generateOfficerWeeks } from './officer-weeks'
import { generateOfficers } from './officers'
import { generatePlaces } from './places'
import { presenceYearOf } from './presence-year'
import { createRng } from './prng'
import { assignProfiles } from './profiles'
import { generateQiheStaff } from './qihe'
import { generateMonthlySurveys } from './surveys-monthly'
import type { District } from './tables'
import { generateTaskPlans, TASKS_UNTIL } from './task-plans'
import { createUlid } from './ulid'

/** The disputes, each routed like triage would: the grid of its community and that grid's officer. */
function seededDisputes(
  stream: (part: string) => ReturnType<typeof createRng>,
  ids: (part: string) => () => string,
  places: Pick<ReturnType<typeof generatePlaces>, 'community' | 'gridCommunity'>,
  responsibility: readonly { gridId: string; officerId: string }[],
  officers: readonly { id: string; nameZh: string; nameEn: string }[],
) {
  const gridOf = new Map(places.gridCommunity.map((row) => [row.communityId, row.gridId]))
  const officerOf = new Map(responsibility.map((row) => [row.gridId, row.officerId]))
  const byId = new Map(officers.map((row) => [row.id, row]))
  const responsibleOf = (communityId: string) => {
    const gridId = gridOf.get(communityId)
    const officer = gridId ? byId.get(officerOf.get(gridId) ?? '') : undefined
    return gridId && officer
      ? { gridId, officerId: officer.id, name: { zh: officer.nameZh, en: officer.nameEn } }
      : null
  }
  return generateDisputes(
    stream('disputes'),
    ids('disputes'),
    createNamer(stream('dispute-names')),
    places.community,
    responsibleOf,
  )
}

/** The officer the demo officer account stands for, with the station. */
function demoOfficerOf(
  accounts: readonly { username: string; officerId?: string | null }[],
  officers: readonly { id: string; stationId: string }[],
) {
  const officerId = accounts.find((a) => a.username === demoUsername('officer'))?.officerId
  return officers.find((o) => o.id === officerId)
}

/** Who the demo officer's weeks need: the officer, a grid of theirs, the team leader and station head accounts. */
function demoWeeksOf(
  accounts: readonly { id: string; username: string; officerId?: string | null; stationId?: string | null }[],
  responsibility: readonly { gridId: string; officerId: string }[],
) {
  const by = (role: 'officer' | 'team_leader' | 'station_head') =>
    accounts.find((a) => a.username === demoUsername(role))
  const [officer, leader, head] = [by('officer'), by('team_leader'), by('station_head')]
  const gridId = responsibility.find((r) => r.officerId === officer?.officerId)?.gridId
  if (!officer?.officerId || !officer.stationId || !gridId || !leader || !head) return undefined
  return {
    officerId: officer.officerId,
    stationId: officer.stationId,
    gridId,
    leaderUserId: leader.id,
    headUserId: head.id,
  }
}

/** The assessments rows with a year of monthly satisfaction answers after the generated ones. */
function withMonthlySurveys<A extends { surveyAnswer: unknown[] }>(rows: A, monthly: A['surveyAnswer']) {
  return { assessments: { ...rows, surveyAnswer: [...rows.surveyAnswer, ...monthly] } }
}

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
  const roleAccounts = generateDemoAccounts(ids('identity'), {
    branch: places.branch,
    station: places.station,
    officer,
    boardMember,
    qiheStaff,
  })
  // Every other board member gets a demo account too, so a whole panel can sign in (board-demo-accounts.ts).
  const account = [...roleAccounts, ...generateBoardDemoAccounts(ids('board-accounts'), boardMember, roleAccounts)]

  const jointDefence = generateJointDefence(
    stream('joint-defence'),
    ids('joint-defence'),
    places.station,
    places.community,
  )
  const registration = generateRegistrations(stream('registration'), places.community)
  // The demo officer's past weeks: time, approval, an allowed duty and a refused attempt (officer-weeks.ts),
  // and a year of time in the community for every officer before them (presence-year.ts), on streams of its own.
  const demoWeeks = generateOfficerWeeks(
    stream('officer-weeks'),
    ids('officer-weeks'),
    demoWeeksOf(account, officers.gridResponsibility),
  )
  const year = presenceYearOf(
    stream('presence-year'),
    ids('presence-year'),
    { officer, gridResponsibility: officers.gridResponsibility, teamGrid: formation.teamGrid },
    demoWeeks.presenceWeek,
    TASKS_UNTIL,
    account.flatMap((a) => (a.officerId ? [a.officerId] : [])),
  )
  const officerTime = {
    ...demoWeeks,
    presenceEntry: [...demoWeeks.presenceEntry, ...year.presenceEntry],
    presenceWeek: [...demoWeeks.presenceWeek, ...year.presenceWeek],
  }
  return {
    communities: {
      ...places,
      keyUnit,
      // A year of registration figures, the joint defence of one street and two years of incidents (communities-history.ts).
      registration,
      ...jointDefence,
      incidentCount: generateIncidents(stream('incidents'), places.community),
      // Inspections, managers and their rewards, outreach and duty reports (communities-prevention.ts).
      ...generatePrevention(
        { stream, ids, nextName: createNamer(stream('manager-names')) },
        { stations, station: places.station, community: places.community },
        registration,
        keyUnit,
        jointDefence,
      ),
    },
    officers: {
      team: formation.team,
      teamGrid: formation.teamGrid,
      officer,
      gridResponsibility: officers.gridResponsibility,
      policeGroup: formation.policeGroup,
      groupMember: officers.groupMember,
      // Checklists, every station's task templates and the demo officer's recent lists (task-plans.ts).
      ...generateTaskPlans(stream('task-plans'), ids('task-plans'), places.station, demoOfficerOf(account, officer)),
      ...officerTime,
    },
    ...withMonthlySurveys(
      assessmentRows(
        stream('scoring'),
        ids('scoring'),
        boardMember,
        account,
        places.station,
        officer,
        places.community,
      ),
      // A year of answers per station and month (surveys-monthly.ts), on streams of their own.
      generateMonthlySurveys(stream('surveys-monthly'), ids('surveys-monthly'), places.community, officer, TASKS_UNTIL),
    ),
    // A year of disputes, sealed by the writer (disputes.ts, disputes-rows.ts); own streams, so the
    // other parts' ids and names stay as they were.
    disputes: {
      qiheStaff,
      ...seededDisputes(stream, ids, places, officers.gridResponsibility, officer),
      disputeContact: [],
    },
    identity: { account },
  }
}
