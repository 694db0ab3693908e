import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import { verifyAuditChain } from '@platform/server-kit/audit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { answerOtherMethods } from '../answer-other-methods'
import { createAccount, disableAccount, enableAccount, listAccounts, resetPassword } from './accounts.handlers'
import {
  createAccountRoute,
  disableAccountRoute,
  enableAccountRoute,
  listAccountsRoute,
  resetPasswordRoute,
} from './accounts.routes'
import { verifyAuditRoute } from './audit.routes'
import { registerAuthOperations } from './auth-operations'

export const IDENTITY_OPENAPI_PATH = '/api/identity/openapi.json'
const documentConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Gateway identity API',
    version: '0.1.0',
    description:
      'Sign-in (`/auth/*`) and staff account administration (`/api/identity/*`), served by the gateway from ' +
      'its own identity database. Every operation names the permission it checks in `x-permission`.',
  },
}

const routes = [
  listAccountsRoute,
  createAccountRoute,
  disableAccountRoute,
  enableAccountRoute,
  resetPasswordRoute,
  verifyAuditRoute,
]

/** `/api/identity/*`: account administration (branch admins) and the audit check (auditors). */
export function identityApi() {
  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  api.openapi(listAccountsRoute, listAccounts)
  api.openapi(createAccountRoute, createAccount)
  api.openapi(disableAccountRoute, disableAccount)
  api.openapi(enableAccountRoute, enableAccount)
  api.openapi(resetPasswordRoute, resetPassword)
  api.openapi(verifyAuditRoute, async (c) => c.json(await verifyAuditChain(createDb(c.env)), 200))
  registerAuthOperations(api.openAPIRegistry)
  api.doc31(IDENTITY_OPENAPI_PATH, documentConfig)
  answerOtherMethods(api, [...routes, { method: 'get', path: IDENTITY_OPENAPI_PATH }])
  return { routes: api, document: () => api.getOpenAPI31Document(documentConfig) }
}
