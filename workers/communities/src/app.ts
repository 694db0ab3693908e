import { createApp, serveOpenApiDocument } from '@platform/server-kit'
import type { AppEnv } from './app-env'
import { auditRouter } from './routes/audit'
import { defenceRouter } from './routes/defence'
import { dutyRouter } from './routes/duty'
import { figuresRouter } from './routes/figures'
import { healthRouter } from './routes/health'
import { incidentsRouter } from './routes/incidents'
import { keyUnitsRouter } from './routes/key-units'
import { leagueRouter } from './routes/league'
import { managersRouter } from './routes/managers'
import { outreachRouter } from './routes/outreach'
import { registrationsRouter } from './routes/registrations'
import { stationsRouter } from './routes/stations'

/**
 * The HTTP API. Every route is made with defineRoute and declares its permission; the route ×
 * role test (test/access.test.ts) reads this app's routes and its OpenAPI document.
 */
export const app = createApp<AppEnv>()
  .route('/', healthRouter)
  .route('/', stationsRouter)
  .route('/', registrationsRouter)
  .route('/', incidentsRouter)
  .route('/', leagueRouter)
  .route('/', figuresRouter)
  .route('/', defenceRouter)
  .route('/', dutyRouter)
  .route('/', keyUnitsRouter)
  .route('/', managersRouter)
  .route('/', outreachRouter)
  .route('/', auditRouter)

serveOpenApiDocument(app, '/api/communities/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'Communities API',
    version: '0.1.0',
    description:
      'Places of the district: the police stations of the branch, the communities each one serves and the ' +
      'police grids that divide them. The list of stations and communities is public, for citizens. ' +
      'Prevention in the communities: monthly registration figures ("double 100 %"), the floating-population ' +
      'managers and the quarterly league that rewards those of the excellent communities, key units with the ' +
      '"three fives" inspections and findings, outreach groups, campaigns and events, the joint defence of shops ' +
      '(groups, the daily duty rota, duty reports and the problems handed over), incidents per month and type, and ' +
      "the headline figures computed from them (with officers' hours and satisfaction asked of their workers over RPC).",
  },
})

/** The type of the HTTP API, for typed clients (`hc<CommunitiesApp>`). */
export type CommunitiesApp = typeof app
