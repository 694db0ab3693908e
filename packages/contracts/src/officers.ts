import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'

/** A/B backup inside a community police group (互为AB角): A is the grid's responsible officer. */
export const GroupRole = z.enum(['A', 'B'])
export type GroupRole = z.infer<typeof GroupRole>

export const Education = z.enum(['secondary', 'associate', 'bachelor', 'master'])
export type Education = z.infer<typeof Education>

export const RosterOfficer = z
  .object({
    id: Id,
    name: Label,
    stationId: Id,
    teamId: Id.nullable(),
    dedicated: z.boolean(),
    title: Label,
    birthYear: z.number().int(),
    education: Education,
    inPostSince: z.string().openapi({ example: '2019-03-01' }),
    gridIds: z.array(Id),
    groupId: Id.nullable(),
    role: GroupRole.nullable(),
  })
  .openapi('RosterOfficer')
export type RosterOfficer = z.infer<typeof RosterOfficer>

export const Group = z
  .object({
    id: Id,
    stationId: Id,
    name: Label,
    members: z.array(z.object({ officerId: Id, role: GroupRole })),
  })
  .openapi('Group')
export type Group = z.infer<typeof Group>

export const Team = z.object({ id: Id, stationId: Id, name: Label, gridIds: z.array(Id) }).openapi('Team')
export type Team = z.infer<typeof Team>

/** Profile figures the branch reports (domain.md: average age 39.8, bachelor's share 83 %). */
export const OfficerProfile = z
  .object({
    officers: z.number().int(),
    averageAge: z.number(),
    bachelorShare: z.number().openapi({ description: 'share with a bachelor degree or higher, 0..1' }),
    averageYearsInPost: z.number(),
  })
  .openapi('OfficerProfile')
export type OfficerProfile = z.infer<typeof OfficerProfile>

export const RosterQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  dedicated: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ param: { name: 'dedicated', in: 'query' } }),
})

/** `GET /api/officers/roster`: officers, teams and groups of one station (or all). */
export const Roster = z
  .object({
    officers: z.array(RosterOfficer),
    teams: z.array(Team),
    groups: z.array(Group),
    profile: OfficerProfile,
  })
  .openapi('Roster')
export type Roster = z.infer<typeof Roster>

/** RPC answers (officers worker entrypoint). */
export type ForceCounts = { dedicatedOfficers: number; groups: number }

/** Path parameter of the grid routes (`/api/officers/grids/{gridId}/…`). */
export const GridIdParam = z.object({ gridId: Id.openapi({ param: { name: 'gridId', in: 'path' } }) })

/**
 * The responsible officer of a grid: its A role (互为AB角). Answer of
 * `GET /api/officers/grids/{gridId}/responsible` and of the `responsibleOfficer` RPC.
 */
export const ResponsibleOfficer = z
  .object({
    officerId: Id,
    name: Label,
    role: z.literal('A'),
    groupId: Id.nullable(),
    stationId: Id,
  })
  .openapi('ResponsibleOfficer')
export type ResponsibleOfficer = z.infer<typeof ResponsibleOfficer>
