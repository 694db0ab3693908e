import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { addShop, createGroup, createReport, escalate, listReports, updateGroup, updateShop } from './duty.handlers'
import {
  addShopRoute,
  createGroupRoute,
  createReportRoute,
  escalateRoute,
  listReportsRoute,
  updateGroupRoute,
  updateShopRoute,
} from './duty.routes'

export const dutyRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(createGroupRoute, createGroup)
  .openapi(updateGroupRoute, updateGroup)
  .openapi(addShopRoute, addShop)
  .openapi(updateShopRoute, updateShop)
  .openapi(createReportRoute, createReport)
  .openapi(listReportsRoute, listReports)
  .openapi(escalateRoute, escalate)
