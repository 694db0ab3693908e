import type { AssignmentKind } from '@platform/contracts'

/**
 * The branch's figures for officers' work, in ONE place (domain.md, "Six musts" and "Four
 * prohibitions"). A station may depart from some of them through its `station_config` row;
 * `stationRules` merges the two. Nothing else in the worker writes these numbers.
 */
export const BRANCH_RULES = {
  /** Hours a week in the community (6 h → 36 h). */
  weeklyHoursTarget: 36,
  /** Share of working time in the community (≥ 90 %; some stations set 80 %). */
  communityShareTarget: 0.9,
  /** One time entry may not be longer than a day. */
  maxEntryHours: 24,
  /** Years in post before a transfer without an override (at least 5 years, in principle). */
  minYearsInPost: 5,
  /** Station heads who sign a duty exception request (some stations: both heads). */
  exceptionHeads: 1,
  /** What stations list, besides the four prohibitions, as closed to dedicated officers. */
  excludedKinds: ['station_security_check'] as readonly AssignmentKind[],
  /** Weeks run Monday to Sunday in the branch's time zone. */
  timeZone: 'Asia/Shanghai',
} as const

export type StationRules = {
  weeklyHoursTarget: number
  communityShareTarget: number
  maxEntryHours: number
  exceptionHeads: number
  excludedKinds: readonly AssignmentKind[]
}

export type StationConfigRow = {
  communityShareTarget: number | null
  exceptionHeads: number | null
  excludedKinds: string | null
}

function parseKinds(json: string | null): readonly AssignmentKind[] | null {
  if (json === null) return null
  try {
    const value = JSON.parse(json)
    return Array.isArray(value) ? (value.filter((k) => typeof k === 'string') as AssignmentKind[]) : null
  } catch {
    return null
  }
}

/** The rules in force at one station: the branch's, with the station's overrides. */
export function stationRules(row: StationConfigRow | undefined): StationRules {
  return {
    weeklyHoursTarget: BRANCH_RULES.weeklyHoursTarget,
    communityShareTarget: row?.communityShareTarget ?? BRANCH_RULES.communityShareTarget,
    maxEntryHours: BRANCH_RULES.maxEntryHours,
    exceptionHeads: row?.exceptionHeads ?? BRANCH_RULES.exceptionHeads,
    excludedKinds: parseKinds(row?.excludedKinds ?? null) ?? BRANCH_RULES.excludedKinds,
  }
}
