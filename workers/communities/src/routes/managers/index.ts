import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createManager, getManagers, getRewards, recordRewards, updateManager } from './managers.handlers'
import {
  createManagerRoute,
  listManagersRoute,
  recordRewardsRoute,
  rewardsRoute,
  updateManagerRoute,
} from './managers.routes'

export const managersRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listManagersRoute, getManagers)
  .openapi(createManagerRoute, createManager)
  .openapi(updateManagerRoute, updateManager)
  .openapi(recordRewardsRoute, recordRewards)
  .openapi(rewardsRoute, getRewards)
