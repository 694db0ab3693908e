import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { verifyAudit } from './audit.handlers'
import { verifyAuditRoute } from './audit.routes'

export const auditRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  verifyAuditRoute,
  verifyAudit,
)
