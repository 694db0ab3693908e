import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createIncident, listIncidents, updateIncident } from './incidents.handlers'
import { createIncidentRoute, listIncidentsRoute, updateIncidentRoute } from './incidents.routes'

export const incidentsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listIncidentsRoute, listIncidents)
  .openapi(createIncidentRoute, createIncident)
  .openapi(updateIncidentRoute, updateIncident)
