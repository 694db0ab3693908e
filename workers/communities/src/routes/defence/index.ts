import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getDutyOfDay, getGroupRota } from './defence.handlers'
import { dutyOfDayRoute, groupRotaRoute } from './defence.routes'

export const defenceRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(groupRotaRoute, getGroupRota)
  .openapi(dutyOfDayRoute, getDutyOfDay)
