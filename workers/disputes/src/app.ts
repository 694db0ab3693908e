import { createApp, serveOpenApiDocument } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { auditRouter } from './routes/audit'
import { healthRouter } from './routes/health'
import { qiheRouter } from './routes/qihe'
import { routingRouter } from './routes/routing'

/**
 * The HTTP API. Every route is made with defineRoute and declares its permission; the route ×
 * role test (test/access.test.ts) reads this app's routes and its OpenAPI document.
 */
export const app = createApp<AppEnv>()
  .route('/', healthRouter)
  .route('/', qiheRouter)
  .route('/', routingRouter)
  .route('/', auditRouter)

serveOpenApiDocument(app, '/api/disputes/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Disputes API',
    version: '0.1.0',
    description:
      'The Qihe Station (祈和驿站), the one-stop dispute centre staffed by police, procuratorate, court and ' +
      'justice bureau: its public figures, its staff, and where a dispute from a community is routed.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<DisputesApp>`). */
export type DisputesApp = typeof app
