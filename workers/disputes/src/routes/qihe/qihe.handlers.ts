import type { RouteHandler } from '@hono/zod-openapi'
import { DisputeCategory } from '@platform/contracts'
import type { AppEnv } from '../../app-env'
import { qiheStation } from '../../config'
import { createDb } from '../../db'
import { countStaffByAgency, listActiveStaff } from './qihe.queries'
import type { publicInfoRoute, staffRoute } from './qihe.routes'

export const getPublicInfo: RouteHandler<typeof publicInfoRoute, AppEnv> = async (c) =>
  c.json(
    {
      openedOn: qiheStation.openedOn,
      agencies: await countStaffByAgency(createDb(c.env)),
      categories: DisputeCategory.options,
    },
    200,
  )

export const listStaff: RouteHandler<typeof staffRoute, AppEnv> = async (c) =>
  c.json({ staff: await listActiveStaff(createDb(c.env)) }, 200)
