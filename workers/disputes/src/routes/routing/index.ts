import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getRouting } from './routing.handlers'
import { routingRoute } from './routing.routes'

export const routingRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(routingRoute, getRouting)
