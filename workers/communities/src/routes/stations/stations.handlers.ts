import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { findStationDetail, listPublicStations } from './stations.queries'
import type { publicStationsRoute, stationRoute } from './stations.routes'

export const getPublicStations: RouteHandler<typeof publicStationsRoute, AppEnv> = async (c) =>
  c.json(await listPublicStations(createDb(c.env)), 200)

export const getStation: RouteHandler<typeof stationRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  // Another station than the actor's own is answered like an unknown one: no existence leak.
  if (!coversStation(c.var.scope, id)) throw notFound(`Station ${id}`)
  const detail = await findStationDetail(createDb(c.env), id)
  if (!detail) throw notFound(`Station ${id}`)
  return c.json(detail, 200)
}
