import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { officerProfile, shanghaiDate } from './profile'
import { loadRoster } from './roster.queries'
import type { rosterRoute } from './roster.routes'

export const getRoster: RouteHandler<typeof rosterRoute, AppEnv> = async (c) => {
  const { station, dedicated } = c.req.valid('query')
  const scope = c.var.scope
  // Below the branch the roster is the own station's: asked for none, that one; asked for another
  // one, 404 as if it did not exist, so the answer tells nothing about other stations.
  const stationId = scope.level === 'branch' ? station : (station ?? scope.stationId)
  if (!coversStation(scope, stationId)) throw notFound(`Station ${station ?? ''}`.trim())
  const roster = await loadRoster(createDb(c.env), {
    stationId,
    dedicated: dedicated === undefined ? undefined : dedicated === 'true',
  })
  return c.json({ ...roster, profile: officerProfile(roster.officers, shanghaiDate(new Date())) }, 200)
}
