import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getHealth } from './health.handlers'
import { healthRoute } from './health.routes'

export const healthRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(healthRoute, getHealth)
