import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createRegistration, getRegistrations, updateRegistration } from './registrations.handlers'
import { createRegistrationRoute, listRegistrationsRoute, updateRegistrationRoute } from './registrations.routes'

export const registrationsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listRegistrationsRoute, getRegistrations)
  .openapi(createRegistrationRoute, createRegistration)
  .openapi(updateRegistrationRoute, updateRegistration)
