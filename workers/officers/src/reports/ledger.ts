import type { AbstractionLedger, LedgerGroupRow, LedgerOfficerRow } from '@platform/contracts'
import { BRANCH_RULES } from '../config'
import type { Db } from '../db'
import { loadPeople, loadWorkMinutes, type OfficerFilter, teamsOf } from '../figures/work-minutes'
import { addMinutes, type LedgerMinutes, ledgerFigures, NO_MINUTES, touched, worstFirst } from '../rules/ledger'
import { weekEndOf } from '../rules/shanghai-time'

/** Sums officers' minutes by a key (team or station), keeping how many officers each holds. */
function groupBy(people: { id: string; key: string | null }[], minutes: Map<string, LedgerMinutes>) {
  const groups = new Map<string, { officers: number; minutes: LedgerMinutes }>()
  for (const person of people) {
    if (person.key === null) continue
    const group = groups.get(person.key) ?? { officers: 0, minutes: NO_MINUTES }
    groups.set(person.key, {
      officers: group.officers + 1,
      minutes: addMinutes(group.minutes, minutes.get(person.id) ?? NO_MINUTES),
    })
  }
  return groups
}

/**
 * The abstraction ledger of one week for the officers a filter selects: per officer, team and
 * station the hours assigned away, the exceptions used, the refused attempts and the rate; every
 * list worst first, and the worst dedicated officers (those taken away or tried) on their own.
 */
export async function buildLedger(db: Db, filter: OfficerFilter, weekStart: string): Promise<AbstractionLedger> {
  const weekEnd = weekEndOf(weekStart)
  const [people, minutes] = await Promise.all([loadPeople(db, filter), loadWorkMinutes(db, filter, weekStart, weekEnd)])
  const teamIds = [...new Set(people.map((p) => p.teamId).filter((id): id is string => id !== null))]
  const teams = teamIds.length ? await teamsOf(db, filter) : []
  const officers: LedgerOfficerRow[] = people
    .map((p) => ({
      officerId: p.id,
      name: { zh: p.nameZh, en: p.nameEn },
      stationId: p.stationId,
      teamId: p.teamId,
      dedicated: p.dedicated,
      ...ledgerFigures(minutes.get(p.id) ?? NO_MINUTES),
    }))
    .sort(worstFirst)
  const teamRows: LedgerGroupRow[] = [
    ...groupBy(
      people.map((p) => ({ id: p.id, key: p.teamId })),
      minutes,
    ),
  ]
    .map(([id, group]) => {
      const row = teams.find((t) => t.id === id)
      return {
        id,
        stationId: row?.stationId ?? '',
        name: row ? { zh: row.nameZh, en: row.nameEn } : null,
        officers: group.officers,
        ...ledgerFigures(group.minutes),
      }
    })
    .sort(worstFirst)
  const stationRows: LedgerGroupRow[] = [
    ...groupBy(
      people.map((p) => ({ id: p.id, key: p.stationId })),
      minutes,
    ),
  ]
    .map(([id, group]) => ({
      id,
      stationId: id,
      name: null,
      officers: group.officers,
      ...ledgerFigures(group.minutes),
    }))
    .sort(worstFirst)
  return {
    weekStart,
    weekEnd,
    officers,
    teams: teamRows,
    stations: stationRows,
    worst: officers.filter((o) => o.dedicated && touched(o)).slice(0, BRANCH_RULES.worstCount),
  }
}
