import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { officerProfile, shanghaiDate } from './profile'
import { loadRoster } from './roster.queries'
import type { rosterRoute } from './roster.routes'

export const getRoster: RouteHandler<typeof rosterRoute, AppEnv> = async (c) => {
  const { station, dedicated } = c.req.valid('query')
  const roster = await loadRoster(createDb(c.env), {
    stationId: station,
    dedicated: dedicated === undefined ? undefined : dedicated === 'true',
  })
  return c.json({ ...roster, profile: officerProfile(roster.officers, shanghaiDate(new Date())) }, 200)
}
