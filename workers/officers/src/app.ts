import { createApp, serveOpenApiDocument } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { assignmentsRouter } from './routes/assignments'
import { auditRouter } from './routes/audit'
import { calendarRouter } from './routes/calendar'
import { exceptionsRouter } from './routes/exceptions'
import { gridsRouter } from './routes/grids'
import { healthRouter } from './routes/health'
import { ledgerRouter } from './routes/ledger'
import { plansRouter } from './routes/plans'
import { presenceRouter } from './routes/presence'
import { reportsRouter } from './routes/reports'
import { rosterRouter } from './routes/roster'
import { tasksRouter } from './routes/tasks'
import { transfersRouter } from './routes/transfers'

/**
 * The HTTP API. Every route is made with defineRoute and declares its permission; the route ×
 * role test (test/access.test.ts) reads this app's routes and its OpenAPI document.
 */
export const app = createApp<AppEnv>()
  .route('/', healthRouter)
  .route('/', rosterRouter)
  .route('/', gridsRouter)
  .route('/', assignmentsRouter)
  .route('/', exceptionsRouter)
  .route('/', presenceRouter)
  .route('/', transfersRouter)
  .route('/', tasksRouter)
  .route('/', plansRouter)
  .route('/', calendarRouter)
  .route('/', ledgerRouter)
  .route('/', reportsRouter)
  .route('/', auditRouter)

serveOpenApiDocument(app, '/api/officers/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Officers API',
    version: '0.1.0',
    description:
      'Community officers of the district: the roster of each station with its policing teams, police grids and ' +
      'community police groups (A/B roles), and the profile figures the branch reports; assignments under the ' +
      'four prohibitions, duty exceptions, transfers, time in the community against the weekly targets, task ' +
      'lists with checklists and the meeting calendar, the daily reminder, the abstraction ledger, weekly ' +
      'reports and the team progress sheet.',
  },
})

/** The type of the HTTP API, for typed clients (`hc<OfficersApp>`). */
export type OfficersApp = typeof app
