import type { RouteHandler } from '@hono/zod-openapi'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { stationInScope } from '../scores/scores.handlers'
import { coversCase } from './case-scope'
import { caseDetail, findCase, listCases, memberOfAccount } from './cases.queries'
import type { getCaseRoute, listCasesRoute } from './cases.routes'

export const listQueue: RouteHandler<typeof listCasesRoute, AppEnv> = async (c) => {
  const { station, status, dueBefore } = c.req.valid('query')
  const scope = c.var.scope
  const stationId = stationInScope(scope, station)
  const officerId = scope.level === 'own' ? scope.officerId : undefined
  const cases = await listCases(createDb(c.env), {
    stationId,
    officerId,
    ...(status ? { status } : {}),
    ...(dueBefore ? { dueBefore } : {}),
  })
  return c.json({ cases }, 200)
}

export const getCase: RouteHandler<typeof getCaseRoute, AppEnv> = async (c) => {
  const { caseId } = c.req.valid('param')
  const db = createDb(c.env)
  const row = await findCase(db, caseId)
  if (!row || !coversCase(c.var.scope, row)) throw notFound(`Case ${caseId}`)
  return c.json(await caseDetail(db, row, await memberOfAccount(db, c.var.actor.userId)), 200)
}
