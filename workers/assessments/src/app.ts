import { createApp, serveOpenApiDocument } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { auditRouter } from './routes/audit'
import { boardRouter } from './routes/board'
import { casesRouter } from './routes/cases'
import { cycleRouter } from './routes/cycle'
import { healthRouter } from './routes/health'
import { nominationsRouter } from './routes/nominations'
import { precedentsRouter } from './routes/precedents'
import { scoresRouter } from './routes/scores'
import { surveysRouter } from './routes/surveys'

/**
 * The HTTP API. Every route is made with defineRoute and declares its permission; the route ×
 * role test (test/access.test.ts) reads this app's routes and its OpenAPI document.
 */
export const app = createApp<AppEnv>()
  .route('/', healthRouter)
  .route('/', boardRouter)
  .route('/', scoresRouter)
  .route('/', casesRouter)
  .route('/', cycleRouter)
  .route('/', nominationsRouter)
  .route('/', precedentsRouter)
  .route('/', surveysRouter)
  .route('/', auditRouter)

serveOpenApiDocument(app, '/api/assessments/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Assessments API',
    version: '0.1.0',
    description:
      'Scorecards, ratings, warnings, nominations and fault-tolerance exemption cases of the dedicated ' +
      'community officers, and the review board that decides exemptions and nominations.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<AssessmentsApp>`). */
export type AssessmentsApp = typeof app
