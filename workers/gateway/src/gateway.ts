import { ErrorCode, MAX_JSON_BODY_BYTES } from '@platform/contracts'
import { ATTACHMENT_BODY_BYTES, ATTACHMENT_UPLOAD_PATH } from '@platform/contracts/disputes-intake-rules'
import { errorBody } from '@platform/server-kit'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from './app-env'
import { type IdentityConfig, identityConfig } from './config/identity'
import { REQUEST_ID_HEADER } from './constants'
import { notFound, onError } from './errors'
import { sameOriginWrites } from './middleware/csrf'
import { requestId } from './middleware/request-id'
import { requestLog } from './middleware/request-log'
import { securityHeaders } from './middleware/security-headers'
import { staffGate } from './middleware/staff-gate'
import { versionAffinity } from './middleware/version-affinity'
import { versionHeader } from './middleware/version-header'
import { type Mount, matchMount } from './mounts'
import { forwardToMount } from './proxy'
import { authRoutes } from './routes/auth'
import { PUBLIC_OPENAPI_PATH, publicApi } from './routes/district'
import { docs } from './routes/docs'
import { IDENTITY_OPENAPI_PATH, identityApi } from './routes/identity'
import { landing } from './routes/landing'
import { siteCssRoutes } from './routes/site-css'
import { platformShell, speculationRuleHashes } from './shell'

export type GatewayOptions = {
  /** The mount table (`mounts` from ./mounts in production; tests pass one with short timeouts). */
  mounts: readonly Mount[]
  /** Sign-in and session numbers (./config/identity unless a test shortens them). */
  identity?: IdentityConfig
}

/** Sign-in forms and their JSON are small; a large body there is not a sign-in. */
const AUTH_BODY_BYTES = 16 * 1024

const tooLarge = (limit: number) =>
  bodyLimit({
    maxSize: limit,
    onError: (c) => c.json(errorBody(ErrorCode.payloadTooLarge, `The request body exceeds ${limit} bytes`), 413),
  })

/**
 * The gateway: request id, version and security headers (CSP by trust zone) on every answer,
 * one log line per request, cross-site writes refused,
 * a body limit on the API and the sign-in pages, its own pages and APIs (landing, public,
 * sign-in, account administration, docs), then every other path to the mount that owns it,
 * staff apps only for a signed-in session.
 */
export function createGateway({ mounts, identity = identityConfig }: GatewayOptions) {
  const api = publicApi(mounts)
  const accounts = identityApi()
  const app = new Hono<AppEnv>()
  app.use(requestId({ headerName: REQUEST_ID_HEADER }))
  app.use(requestLog(mounts))
  app.use(versionHeader())
  app.use(versionAffinity(mounts))
  app.use(
    securityHeaders({
      zoneOf: (path) => matchMount(mounts, path)?.zone ?? 'gateway',
      staffScriptHashes: () => speculationRuleHashes(mounts),
    }),
  )
  app.use(async function identitySettings(c, next) {
    c.set('identityConfig', identity)
    await next()
  })
  app.use(sameOriginWrites())
  // A dispute's attachments (one file per request, to the status link) are the one larger body.
  const jsonBody = tooLarge(MAX_JSON_BODY_BYTES)
  const attachmentBody = tooLarge(ATTACHMENT_BODY_BYTES)
  app.use('/api/*', (c, next) => (ATTACHMENT_UPLOAD_PATH.test(c.req.path) ? attachmentBody : jsonBody)(c, next))
  app.use('/auth/*', tooLarge(AUTH_BODY_BYTES))
  app.route('/', siteCssRoutes)
  app.route('/', landing(mounts))
  app.route('/', api.routes)
  app.route('/', authRoutes())
  app.route('/', accounts.routes)
  app.route(
    '/',
    docs(mounts, [
      { key: 'gateway', rawUrl: PUBLIC_OPENAPI_PATH, document: api.document },
      { key: 'identity', rawUrl: IDENTITY_OPENAPI_PATH, document: accounts.document },
    ]),
  )
  app.use('*', platformShell(mounts))
  app.use('*', staffGate(mounts))
  app.all('*', forwardToMount(mounts))
  app.notFound(notFound)
  app.onError(onError)
  return app
}
