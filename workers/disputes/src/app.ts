import { ATTACHMENT_BODY_BYTES, ATTACHMENT_UPLOAD_PATH } from '@platform/contracts/disputes-intake-rules'
import { createApp, serveOpenApiDocument } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { auditRouter } from './routes/audit'
import { healthRouter } from './routes/health'
import { intakeRouter } from './routes/intake'
import { ledgerRouter } from './routes/ledger'
import { qiheRouter } from './routes/qihe'
import { routingRouter } from './routes/routing'
import { statusRouter } from './routes/status'

/**
 * The HTTP API. Every route is made with defineRoute and declares its permission; the route ×
 * role test (test/access.test.ts) reads this app's routes and its OpenAPI document.
 */
// One path takes more than a JSON body: a citizen's attachment (one file per request).
export const app = createApp<AppEnv>({
  largeBodies: [{ path: ATTACHMENT_UPLOAD_PATH, maxSize: ATTACHMENT_BODY_BYTES }],
})
  .route('/', healthRouter)
  .route('/', qiheRouter)
  .route('/', routingRouter)
  .route('/', intakeRouter)
  .route('/', statusRouter)
  .route('/', ledgerRouter)
  .route('/', auditRouter)

serveOpenApiDocument(app, '/api/disputes/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Disputes API',
    version: '0.1.0',
    description:
      'The Qihe Station (祈和驿站), the one-stop dispute centre staffed by police, procuratorate, court and ' +
      'justice bureau: its public figures and staff, the public intake and status link, where a dispute is ' +
      'routed, and the ledger with triage and referrals.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<DisputesApp>`). */
export type DisputesApp = typeof app
