import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { listActiveMembers } from './board.queries'
import type { listMembersRoute } from './board.routes'

export const listMembers: RouteHandler<typeof listMembersRoute, AppEnv> = async (c) =>
  c.json({ members: await listActiveMembers(createDb(c.env)) }, 200)
