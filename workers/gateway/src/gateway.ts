import { ErrorCode, MAX_JSON_BODY_BYTES } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from './app-env'
import { REQUEST_ID_HEADER } from './constants'
import { notFound, onError } from './errors'
import { requestId } from './middleware/request-id'
import { securityHeaders } from './middleware/security-headers'
import type { Mount } from './mounts'
import { forwardToMount } from './proxy'
import { PUBLIC_OPENAPI_PATH, publicApi } from './routes/district'
import { docs } from './routes/docs'
import { landing } from './routes/landing'
import { siteCssRoutes } from './routes/site-css'

export type GatewayOptions = {
  /** The mount table (`mounts` from ./mounts in production; tests pass one with short timeouts). */
  mounts: readonly Mount[]
}

/**
 * The gateway: request id and security headers on every answer, a body limit on the API, its
 * own pages and public API, then every other path to the mount that owns it.
 */
export function createGateway({ mounts }: GatewayOptions) {
  const api = publicApi(mounts)
  const app = new Hono<AppEnv>()
  app.use(requestId({ headerName: REQUEST_ID_HEADER }))
  app.use(securityHeaders())
  // JSON bodies only for now; attachments will get their own, larger limit on their own path.
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_JSON_BODY_BYTES,
      onError: (c) =>
        c.json(errorBody(ErrorCode.payloadTooLarge, `The request body exceeds ${MAX_JSON_BODY_BYTES} bytes`), 413),
    }),
  )
  app.route('/', siteCssRoutes)
  app.route('/', landing(mounts))
  app.route('/', api.routes)
  app.route('/', docs(mounts, { rawUrl: PUBLIC_OPENAPI_PATH, document: api.document }))
  app.all('*', forwardToMount(mounts))
  app.notFound(notFound)
  app.onError(onError)
  return app
}
