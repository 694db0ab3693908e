import type { RouteHandler } from '@hono/zod-openapi'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { findResponsibleOfficer } from './grids.queries'
import type { responsibleOfficerRoute } from './grids.routes'

export const getResponsibleOfficer: RouteHandler<typeof responsibleOfficerRoute, AppEnv> = async (c) => {
  const { gridId } = c.req.valid('param')
  const scope = c.var.scope
  // A grid of another station is answered like an unknown one: no existence leak.
  const responsible = await findResponsibleOfficer(createDb(c.env), gridId, {
    stationId: scope.level === 'branch' ? undefined : (scope.stationId ?? null),
  })
  if (!responsible) throw notFound(`The responsible officer of grid ${gridId}`)
  return c.json(responsible, 200)
}
