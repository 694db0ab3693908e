import { OpenAPIHono, type RouteHandler } from '@hono/zod-openapi'
import { AbstractionLedger, AbstractionLedgerQuery, ErrorBody } from '@platform/contracts'
import { defineRoute, validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { buildLedger } from '../../reports/ledger'
import { localDate, weekStartOf } from '../../rules/shanghai-time'
import { filterInScope } from '../shared/scope-filter'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const ledgerRoute = defineRoute('ledger.read', {
  method: 'get',
  path: '/api/officers/ledger',
  tags: ['ledger'],
  summary: 'The abstraction ledger of a week: hours assigned away, exceptions used, refused attempts, rate',
  description:
    'Per officer, team and station, worst first, with the worst dedicated officers on their own. A team ' +
    'leader reads the own team, a station head the station (one team of it with `team`), the branch every ' +
    'station (one with `station`). `week` is any date of the week (Asia/Shanghai), today when left out.',
  request: { query: AbstractionLedgerQuery },
  responses: {
    200: { description: 'The ledger', content: { 'application/json': { schema: AbstractionLedger } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read the ledger'),
    404: error("A team or station outside the reader's scope"),
  },
})

const getLedger: RouteHandler<typeof ledgerRoute, AppEnv> = async (c) => {
  const { week, team, station } = c.req.valid('query')
  const db = createDb(c.env)
  const filter = await filterInScope(db, c.var.scope, { team, station })
  return c.json(await buildLedger(db, filter, weekStartOf(week ?? localDate(Date.now()))), 200)
}

export const ledgerRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(ledgerRoute, getLedger)
