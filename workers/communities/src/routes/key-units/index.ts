import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createKeyUnit, fixFinding, getKeyUnit, getKeyUnits, inspectKeyUnit } from './key-units.handlers'
import { createKeyUnitRoute, fixFindingRoute, inspectRoute, keyUnitRoute, listKeyUnitsRoute } from './key-units.routes'

export const keyUnitsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listKeyUnitsRoute, getKeyUnits)
  .openapi(createKeyUnitRoute, createKeyUnit)
  .openapi(keyUnitRoute, getKeyUnit)
  .openapi(inspectRoute, inspectKeyUnit)
  .openapi(fixFindingRoute, fixFinding)
