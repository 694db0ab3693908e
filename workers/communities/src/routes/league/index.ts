import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getLeague } from './league.handlers'
import { leagueRoute } from './league.routes'

export const leagueRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(leagueRoute, getLeague)
