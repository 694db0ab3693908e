import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { LeagueName } from './communities-league'
import { Quarter } from './communities-registration'

// Floating-population managers (流管员), grouped by the community they work in, and the rewards
// the quarterly league records for the managers of the excellent communities.

const Name = z.string().trim().min(1).max(60)

export const ManagerInput = z
  .object({ communityId: Id, name: z.object({ zh: Name, en: Name }) })
  .openapi('ManagerInput')
export type ManagerInput = z.infer<typeof ManagerInput>

export const Manager = z.object({ id: Id, communityId: Id, name: Label, active: z.boolean() }).openapi('Manager')
export type Manager = z.infer<typeof Manager>

export const ManagerIdParam = z.object({ managerId: Id.openapi({ param: { name: 'managerId', in: 'path' } }) })

export const ManagerUpdate = z.object({ active: z.boolean() }).openapi('ManagerUpdate')

export const ManagersQuery = z.object({ station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }) })

/** `GET /api/communities/managers`: the station's managers by community. */
export const ManagersByCommunity = z
  .object({
    stationId: Id.nullable(),
    communities: z.array(z.object({ communityId: Id, name: Label, managers: z.array(Manager) })),
  })
  .openapi('ManagersByCommunity')
export type ManagersByCommunity = z.infer<typeof ManagersByCommunity>

export const RewardQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
})
export const QuarterParam = z.object({ quarter: Quarter.openapi({ param: { name: 'quarter', in: 'path' } }) })

/** One manager rewarded for the quarter: the community's league, rank and rate are kept as they were. */
export const Reward = z
  .object({
    quarter: Quarter,
    managerId: Id,
    managerName: Label,
    communityId: Id,
    communityName: Label,
    league: LeagueName,
    rank: z.number().int().positive(),
    rate: z.number().min(0).max(1),
    recordedAt: z.string(),
  })
  .openapi('Reward')
export type Reward = z.infer<typeof Reward>

/** `POST|GET /api/communities/league/{quarter}/rewards`: a quarter's rewards for one station. */
export const QuarterRewards = z
  .object({
    quarter: Quarter,
    /** null: every station's rewards (a branch-wide account reading without naming a station). */
    stationId: Id.nullable(),
    /** false when an earlier request already recorded them (nothing new written). */
    recordedNow: z.boolean(),
    rewards: z.array(Reward),
  })
  .openapi('QuarterRewards')
export type QuarterRewards = z.infer<typeof QuarterRewards>
