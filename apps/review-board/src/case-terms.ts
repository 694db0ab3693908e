import type { Criterion, VoteOutcome } from '@platform/contracts'

// The contracts' lists, restated here so the app imports only types from @platform/contracts
// (importing a value would pull zod into the bundle); `satisfies` keeps them in step.

/** The three criteria of a fault-tolerance exemption, in the order the rule states them. */
export const CRITERIA = [
  'lawfulDuty',
  'accidentOrForceMajeure',
  'noSeriousConsequence',
] as const satisfies readonly Criterion[]

export const OUTCOMES = ['exempt_full', 'exempt_partial', 'reject'] as const satisfies readonly VoteOutcome[]
