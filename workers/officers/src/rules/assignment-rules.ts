import type { AssignmentKind, CaseLevel } from '@platform/contracts'
import type { StationRules } from '../config'
import { localDate } from './shanghai-time'

export type AssignmentRule =
  | 'RULE_NO_PATROL_CAR'
  | 'RULE_NO_CASE_WORK'
  | 'RULE_NO_ROUTINE_DUTY'
  | `RULE_NO_${Uppercase<AssignmentKind>}`

export type OfficerFacts = { id: string; dedicated: boolean }

export type AssignmentFacts = {
  kind: AssignmentKind
  start: string
  end: string
  caseLevel?: CaseLevel | undefined
  caseQuota?: number | undefined
  exceptionId?: string | undefined
}

export type ExceptionFacts = {
  id: string
  officerId: string
  status: 'requested' | 'approved' | 'rejected'
  startDate: string
  endDate: string
  expiresOn: string
}

export type AssignmentVerdict =
  | { allowed: true; exceptionId: string | null }
  | { allowed: false; rule: AssignmentRule; message: string }

/** Case levels from administrative detention (治安拘留) up: never for a dedicated officer. */
const CASE_LEVELS_BARRED: ReadonlySet<CaseLevel> = new Set(['administrative_detention', 'criminal'])

const refuse = (rule: AssignmentRule, message: string): AssignmentVerdict => ({ allowed: false, rule, message })

/**
 * An approved exception covers routine duty when it is the officer's, has not expired (it is
 * valid up to and including `expiresOn`) and its date range holds every day of the duty.
 */
export function exceptionCovers(exception: ExceptionFacts, officerId: string, from: string, to: string, today: string) {
  return (
    exception.officerId === officerId &&
    exception.status === 'approved' &&
    exception.expiresOn >= today &&
    exception.startDate <= from &&
    to <= exception.endDate
  )
}

/**
 * The four prohibitions (四不准) at assignment time, plus what the station lists as closed to
 * dedicated officers. Officers who are not dedicated are not bound by them. `today` is the
 * branch's calendar date (an exception that expired yesterday no longer covers).
 */
export function checkAssignment(
  officer: OfficerFacts,
  assignment: AssignmentFacts,
  exceptions: readonly ExceptionFacts[],
  station: Pick<StationRules, 'excludedKinds'>,
  today: string,
): AssignmentVerdict {
  if (!officer.dedicated) return { allowed: true, exceptionId: null }
  switch (assignment.kind) {
    case 'patrol_car':
      return refuse('RULE_NO_PATROL_CAR', 'A dedicated community officer is not put on 01/02 patrol-car duty')
    case 'case_handling':
      if (assignment.caseQuota !== undefined && assignment.caseQuota > 0)
        return refuse('RULE_NO_CASE_WORK', 'A dedicated community officer is given no case quota')
      if (assignment.caseLevel === undefined || CASE_LEVELS_BARRED.has(assignment.caseLevel))
        return refuse(
          'RULE_NO_CASE_WORK',
          'A dedicated community officer handles no case at or above administrative detention',
        )
      break
    case 'routine_duty': {
      const from = localDate(Date.parse(assignment.start))
      const to = localDate(Date.parse(assignment.end) - 1)
      const covering = exceptions.find(
        (e) =>
          (assignment.exceptionId === undefined || e.id === assignment.exceptionId) &&
          exceptionCovers(e, officer.id, from, to, today),
      )
      if (!covering)
        return refuse(
          'RULE_NO_ROUTINE_DUTY',
          'A dedicated community officer does no routine duty without an approved duty exception covering the dates',
        )
      return { allowed: true, exceptionId: covering.id }
    }
    // Level-1 reinforced duty is the one duty allowed; it is recorded like any assignment.
    case 'level1_reinforced_duty':
    case 'community_task':
      break
    default:
      break
  }
  if (station.excludedKinds.includes(assignment.kind) && assignment.kind !== 'community_task')
    return refuse(
      `RULE_NO_${assignment.kind.toUpperCase() as Uppercase<AssignmentKind>}`,
      `The station lists ${assignment.kind} as closed to dedicated community officers`,
    )
  return { allowed: true, exceptionId: null }
}
