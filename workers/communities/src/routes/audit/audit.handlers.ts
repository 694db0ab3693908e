import type { RouteHandler } from '@hono/zod-openapi'
import { verifyAuditChain } from '@platform/server-kit/audit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import type { verifyAuditRoute } from './audit.routes'

export const verifyAudit: RouteHandler<typeof verifyAuditRoute, AppEnv> = async (c) =>
  c.json(await verifyAuditChain(createDb(c.env)), 200)
