import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createAssignment, listAssignments } from './assignments.handlers'
import { createAssignmentRoute, listAssignmentsRoute } from './assignments.routes'

export const assignmentsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(createAssignmentRoute, createAssignment)
  .openapi(listAssignmentsRoute, listAssignments)
