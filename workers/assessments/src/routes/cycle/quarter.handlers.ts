import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { conflict, notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, asc, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { consequence, quarterClose, scoreSnapshot } from '../../db/schema'
import { quarterPeriod } from '../../rules/computed-items'
import { shanghaiDay } from '../../rules/quarter'
import { freezeQuarter, snapshotOf } from '../../scoring/close-quarter'
import { closeOf } from '../../scoring/quarter-state'
import { stationInScope } from '../scores/scores.handlers'
import { auditBy } from '../shared/answer-once'
import type { closeQuarterRoute, snapshotRoute } from './cycle.routes'

const isDuplicateClose = (err: unknown) =>
  /UNIQUE constraint failed: quarter_close\./i.test(String((err as Error)?.message ?? err))

/** Reads what was frozen for a station (or every station in scope) and quarter. */
async function readSnapshot(db: ReturnType<typeof createDb>, stationId: string | undefined, quarter: string) {
  const [closes, rows, consequences] = await Promise.all([
    db
      .select()
      .from(quarterClose)
      .where(and(stationId ? eq(quarterClose.stationId, stationId) : undefined, eq(quarterClose.quarter, quarter))),
    db
      .select()
      .from(scoreSnapshot)
      .where(and(stationId ? eq(scoreSnapshot.stationId, stationId) : undefined, eq(scoreSnapshot.quarter, quarter)))
      .orderBy(asc(scoreSnapshot.stationId), asc(scoreSnapshot.rank), asc(scoreSnapshot.officerId)),
    db
      .select()
      .from(consequence)
      .where(and(stationId ? eq(consequence.stationId, stationId) : undefined, eq(consequence.quarter, quarter)))
      .orderBy(asc(consequence.stationId), asc(consequence.rank)),
  ])
  const closedAt = stationId
    ? (closes[0]?.closedAt ?? null)
    : (closes
        .map((c) => c.closedAt)
        .sort()
        .at(-1) ?? null)
  return snapshotOf(stationId ?? null, quarter, closedAt, rows, consequences)
}

export const closeQuarter: RouteHandler<typeof closeQuarterRoute, AppEnv> = async (c) => {
  const { quarter } = c.req.valid('param')
  const { stationId } = c.req.valid('json')
  if (!coversStation(c.var.scope, stationId)) throw notFound(`Station ${stationId}`)
  const db = createDb(c.env)
  if (quarterPeriod(quarter).to >= shanghaiDay(new Date()))
    throw ruleBroken('RULE_QUARTER_NOT_ENDED', `${quarter} has not ended yet: a quarter closes after its last day`)
  if (await closeOf(db, stationId, quarter)) throw conflict('QUARTER_CLOSED', `${quarter} is closed already`)
  const frozen = await freezeQuarter(db, stationId, quarter, c.var.actor.userId)
  try {
    await writeWithAudit(db, frozen.statements, {
      ...auditBy(c),
      action: 'quarter.close',
      entity: 'station_quarter',
      entityId: `${stationId}/${quarter}`,
      after: { rows: frozen.rows, consequences: frozen.consequences, closedAt: frozen.closedAt },
    })
  } catch (err) {
    if (isDuplicateClose(err)) throw conflict('QUARTER_CLOSED', `${quarter} is closed already`)
    throw err
  }
  return c.json(await readSnapshot(db, stationId, quarter), 201)
}

export const getSnapshot: RouteHandler<typeof snapshotRoute, AppEnv> = async (c) => {
  const { quarter } = c.req.valid('param')
  const stationId = stationInScope(c.var.scope, c.req.valid('query').station)
  return c.json(await readSnapshot(createDb(c.env), stationId, quarter), 200)
}
