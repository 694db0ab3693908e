import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getPublicStations, getStation } from './stations.handlers'
import { publicStationsRoute, stationRoute } from './stations.routes'

export const stationsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(publicStationsRoute, getPublicStations)
  .openapi(stationRoute, getStation)
