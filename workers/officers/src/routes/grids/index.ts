import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getResponsibleOfficer } from './grids.handlers'
import { responsibleOfficerRoute } from './grids.routes'

export const gridsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  responsibleOfficerRoute,
  getResponsibleOfficer,
)
