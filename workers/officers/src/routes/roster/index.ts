import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getRoster } from './roster.handlers'
import { rosterRoute } from './roster.routes'

export const rosterRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(rosterRoute, getRoster)
