import type { RouteHandler } from '@hono/zod-openapi'
import { DisputeCategory } from '@platform/contracts'
import type { AppEnv } from '../../app-env'
import { qiheStation } from '../../config'
import { createDb } from '../../db'
import { publicFigures } from '../../disputes/public-figures'
import { countStaffByAgency, listActiveStaff } from './qihe.queries'
import type { publicFiguresRoute, publicInfoRoute, staffRoute } from './qihe.routes'

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

export const getPublicFigures: RouteHandler<typeof publicFiguresRoute, AppEnv> = async (c) =>
  c.json(await publicFigures(createDb(c.env)), 200)
