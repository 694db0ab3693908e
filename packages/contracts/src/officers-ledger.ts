import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { CalendarDate } from './officers-assignments'

/**
 * `GET /api/officers/ledger?week=…&team=…&station=…`: the abstraction ledger (抽调台账) of one
 * week (Monday–Sunday, Asia/Shanghai; `week` is any date of it, today when left out). Team
 * leaders read the own team, station heads the station, the branch every station.
 */
export const AbstractionLedgerQuery = z.object({
  week: CalendarDate.optional().openapi({ param: { name: 'week', in: 'query' } }),
  team: Id.optional().openapi({ param: { name: 'team', in: 'query' } }),
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
})

/** Figures every ledger row carries, for one officer or summed over a team or station. */
const LedgerFigures = {
  /** Time in the community logged in the week. */
  communityHours: z.number(),
  /** Hours of assignments away from the community (every kind but community tasks). */
  awayHours: z.number(),
  /** Of the away hours, those made under an approved duty exception. */
  exceptionHours: z.number(),
  /** Assignments in the week made under an approved duty exception. */
  exceptionsUsed: z.number().int(),
  /** Assignments refused by the four prohibitions, attempted in the week. */
  refusedAttempts: z.number().int(),
  /** Abstraction rate: away ÷ (community + away); null with nothing recorded. */
  rate: z.number().nullable(),
}

export const LedgerOfficerRow = z
  .object({
    officerId: Id,
    name: Label,
    stationId: Id,
    teamId: Id.nullable(),
    dedicated: z.boolean(),
    ...LedgerFigures,
  })
  .openapi('LedgerOfficerRow')
export type LedgerOfficerRow = z.infer<typeof LedgerOfficerRow>

export const LedgerGroupRow = z
  .object({
    /** The team's or the station's id. */
    id: Id,
    stationId: Id,
    /** The team's name; null for a station (its labels live in the communities worker). */
    name: Label.nullable(),
    officers: z.number().int(),
    ...LedgerFigures,
  })
  .openapi('LedgerGroupRow')
export type LedgerGroupRow = z.infer<typeof LedgerGroupRow>

/** Every list is ordered worst first: highest rate, then most refused attempts. */
export const AbstractionLedger = z
  .object({
    weekStart: z.string(),
    weekEnd: z.string(),
    officers: z.array(LedgerOfficerRow),
    teams: z.array(LedgerGroupRow),
    stations: z.array(LedgerGroupRow),
    /** The worst dedicated officers in scope (anyone taken away or tried), at most 10. */
    worst: z.array(LedgerOfficerRow),
  })
  .openapi('AbstractionLedger')
export type AbstractionLedger = z.infer<typeof AbstractionLedger>
