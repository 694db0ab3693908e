import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { ApiError, notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { deduction, scorecardRater, scoreSheet } from '../../db/schema'
import { newId } from '../../new-id'
import { outOfRange } from '../../rules/deductions'
import { weightsComplete } from '../../rules/weights'
import { computeStationItems } from '../../scoring/compute'
import { assertOpenQuarter } from '../../scoring/quarter-state'
import { auditBy, onceOnly } from '../shared/answer-once'
import type { computeItemsRoute, enterDeductionRoute, setRatersRoute } from './rating.routes'
import { loadScorecard } from './scores.queries'

export const enterDeduction: RouteHandler<typeof enterDeductionRoute, AppEnv> = async (c) => {
  const { officerId } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const [sheet] = await db
    .select()
    .from(scoreSheet)
    .where(and(eq(scoreSheet.officerId, officerId), eq(scoreSheet.quarter, body.quarter)))
    .limit(1)
  if (!sheet || !coversStation(c.var.scope, sheet.stationId))
    throw notFound(`A score sheet of officer ${officerId} for ${body.quarter}`)

  const card = await loadScorecard(db, sheet.stationId)
  const item = card?.items.find((i) => i.code === body.itemCode)
  if (!card || !item) throw new ApiError(400, 'UNKNOWN_ITEM', `No item ${body.itemCode} on the station's scorecard`)
  const bad = outOfRange([body], card.items)
  if (bad.length > 0)
    throw new ApiError(400, 'POINTS_OUT_OF_RANGE', "The points do not fit the item's range", { lines: bad })
  if (item.source !== 'rater')
    throw ruleBroken('RULE_ITEM_COMPUTED', `Item ${item.code} is computed from records (${item.source}), not entered`)
  await assertOpenQuarter(db, sheet.stationId, body.quarter)

  const roles = c.var.actor.roles
  const seat = card.raters.find((r) => roles.includes(r.role))
  const raterRole = seat?.role ?? (roles.includes('station_head') ? 'station_head' : 'team_leader')
  if (card.raters.length > 0 && !seat)
    throw ruleBroken('RULE_NOT_A_RATER', 'The role does not rate on this station’s scorecard')
  const weightPct = seat?.weightPct ?? 100

  const created = await onceOnly(c, 'score.rate', { officerId, ...body }, async (remember) => {
    const id = newId()
    const answer = {
      status: 201,
      body: {
        id,
        officerId,
        quarter: body.quarter,
        itemCode: body.itemCode,
        points: body.points,
        raterRole,
        weightPct,
        reason: body.reason,
      },
    }
    await writeWithAudit(
      db,
      [
        db.insert(deduction).values({
          id,
          officerId,
          stationId: sheet.stationId,
          quarter: body.quarter,
          itemCode: body.itemCode,
          points: body.points,
          reason: body.reason,
          recordedAt: new Date().toISOString(),
          raterRole,
          recordedBy: c.var.actor.userId,
        }),
        ...(await remember(answer)),
      ],
      { ...auditBy(c), action: 'score.rate', entity: 'deduction', entityId: id, after: answer.body },
    )
    return answer
  })
  return c.json(created.body as never, 201)
}

export const computeItems: RouteHandler<typeof computeItemsRoute, AppEnv> = async (c) => {
  const { quarter } = c.req.valid('param')
  const { stationId } = c.req.valid('json')
  if (!coversStation(c.var.scope, stationId)) throw notFound(`Station ${stationId}`)
  const db = createDb(c.env)
  await assertOpenQuarter(db, stationId, quarter)
  const { statements, answer } = await computeStationItems(c.env, db, stationId, quarter)
  await writeWithAudit(db, statements, {
    ...auditBy(c),
    action: 'score.compute',
    entity: 'station_quarter',
    entityId: `${stationId}/${quarter}`,
    after: { items: answer.items.length },
  })
  return c.json(answer, 201)
}

/** The station head or the branch sets the raters and their weights (one batch: the old seats go, the new come). */
export const setRaters: RouteHandler<typeof setRatersRoute, AppEnv> = async (c) => {
  const { stationId } = c.req.valid('param')
  const { raters } = c.req.valid('json')
  if (!coversStation(c.var.scope, stationId)) throw notFound(`Station ${stationId}`)
  const db = createDb(c.env)
  const card = await loadScorecard(db, stationId)
  if (!card) throw notFound(`A scorecard of station ${stationId}`)
  if (new Set(raters.map((r) => r.role)).size !== raters.length)
    throw new ApiError(400, 'DUPLICATE_RATER', 'Each rater seat is named once')
  if (!weightsComplete(raters.map((r) => r.weightPct)))
    throw ruleBroken('RULE_WEIGHTS', "The raters' weights add up to 100 %", { weights: raters.map((r) => r.weightPct) })
  await writeWithAudit(
    db,
    [
      db.delete(scorecardRater).where(eq(scorecardRater.scorecardId, card.id)),
      db.insert(scorecardRater).values(
        raters.map((r) => ({
          scorecardId: card.id,
          raterRole: r.role,
          labelZh: r.label.zh,
          labelEn: r.label.en,
          weightPct: r.weightPct,
        })),
      ),
    ],
    {
      ...auditBy(c),
      action: 'scorecard.configure',
      entity: 'scorecard',
      entityId: card.id,
      before: { raters: card.raters },
      after: { raters },
    },
  )
  const updated = await loadScorecard(db, stationId)
  if (!updated) throw new Error('the scorecard is missing after its write')
  return c.json(updated, 200)
}
