import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { conflict, notFound, writeWithAudit } from '@platform/server-kit'
import { and, asc, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { consequence } from '../../db/schema'
import { consequenceOf } from '../../scoring/close-quarter'
import { stationInScope } from '../scores/scores.handlers'
import { auditBy } from '../shared/answer-once'
import type { consequencesRoute, decideConsequenceRoute } from './cycle.routes'

export const listConsequences: RouteHandler<typeof consequencesRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationInScope(c.var.scope, query.station)
  const rows = await createDb(c.env)
    .select()
    .from(consequence)
    .where(
      and(
        stationId ? eq(consequence.stationId, stationId) : undefined,
        query.quarter ? eq(consequence.quarter, query.quarter) : undefined,
      ),
    )
    .orderBy(asc(consequence.quarter), asc(consequence.stationId), asc(consequence.rank))
  return c.json({ consequences: rows.map(consequenceOf) }, 200)
}

/** The station head confirms or withdraws what the rule proposed; the reason is kept either way. */
export const decideConsequence: RouteHandler<typeof decideConsequenceRoute, AppEnv> = async (c) => {
  const { consequenceId } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const [row] = await db.select().from(consequence).where(eq(consequence.id, consequenceId)).limit(1)
  if (!row || !coversStation(c.var.scope, row.stationId)) throw notFound(`Consequence ${consequenceId}`)
  if (row.status !== 'proposed') throw conflict('CONSEQUENCE_DECIDED', `The consequence was ${row.status} already`)
  const status = body.decision === 'confirm' ? ('confirmed' as const) : ('withdrawn' as const)
  const decidedAt = new Date().toISOString()
  await writeWithAudit(
    db,
    [
      db
        .update(consequence)
        .set({ status, reason: body.reason, decidedAt, decidedBy: c.var.actor.userId })
        .where(and(eq(consequence.id, consequenceId), eq(consequence.status, 'proposed'))),
    ],
    {
      ...auditBy(c),
      action: 'consequence.decide',
      entity: 'consequence',
      entityId: consequenceId,
      before: { status: row.status },
      after: { status, reason: body.reason },
    },
  )
  return c.json(consequenceOf({ ...row, status, reason: body.reason, decidedAt, decidedBy: c.var.actor.userId }), 201)
}
