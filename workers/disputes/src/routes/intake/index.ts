import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getIntakeForm, postIntake } from './intake.handlers'
import { intakeFormRoute, intakeRoute } from './intake.routes'

export const intakeRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(intakeRoute, postIntake)
  .openapi(intakeFormRoute, getIntakeForm)
