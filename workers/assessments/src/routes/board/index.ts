import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { listMembers } from './board.handlers'
import { listMembersRoute } from './board.routes'

export const boardRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  listMembersRoute,
  listMembers,
)
