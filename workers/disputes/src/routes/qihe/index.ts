import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getPublicFigures, getPublicInfo, listStaff } from './qihe.handlers'
import { publicFiguresRoute, publicInfoRoute, staffRoute } from './qihe.routes'
import { getRoster, getToday, postMember, putMember } from './roster.handlers'
import { addMemberRoute, rosterRoute, todayRoute, updateMemberRoute } from './roster.routes'

export const qiheRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(publicInfoRoute, getPublicInfo)
  .openapi(staffRoute, listStaff)
  .openapi(publicFiguresRoute, getPublicFigures)
  .openapi(todayRoute, getToday)
  .openapi(rosterRoute, getRoster)
  .openapi(addMemberRoute, postMember)
  .openapi(updateMemberRoute, putMember)
