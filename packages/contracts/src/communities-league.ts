import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { HousingType } from './communities'
import { Quarter } from './communities-registration'

/** The two leagues of the quarterly ranking (平房 / 楼房): where "mixed" plays is configuration. */
export const LeagueName = z.enum(['bungalow', 'building'])
export type LeagueName = z.infer<typeof LeagueName>

export const LeagueQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  quarter: Quarter.optional().openapi({ param: { name: 'quarter', in: 'query' } }),
  /** How many communities each league names excellent (the station's configuration when absent). */
  excellent: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .optional()
    .openapi({ param: { name: 'excellent', in: 'query' } }),
})

export const LeagueEntry = z
  .object({
    communityId: Id,
    name: Label,
    housingType: HousingType,
    floatingKnown: z.number().int().nonnegative(),
    floatingRegistered: z.number().int().nonnegative(),
    /** Floating-population registration rate over the quarter; null when nothing was known to register. */
    rate: z.number().min(0).max(1).nullable(),
    /** Competition rank ("1, 2, 2, 4"); null for a community without figures (never excellent). */
    rank: z.number().int().positive().nullable(),
    excellent: z.boolean(),
  })
  .openapi('LeagueEntry')
export type LeagueEntry = z.infer<typeof LeagueEntry>

export const League = z
  .object({
    quarter: Quarter,
    stationId: Id.nullable(),
    excellentPerLeague: z.number().int().positive(),
    mixedLeague: LeagueName,
    leagues: z.array(z.object({ league: LeagueName, entries: z.array(LeagueEntry) })),
  })
  .openapi('League')
export type League = z.infer<typeof League>
