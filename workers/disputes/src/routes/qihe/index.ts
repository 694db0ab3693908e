import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getPublicInfo, listStaff } from './qihe.handlers'
import { publicInfoRoute, staffRoute } from './qihe.routes'

export const qiheRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(publicInfoRoute, getPublicInfo)
  .openapi(staffRoute, listStaff)
