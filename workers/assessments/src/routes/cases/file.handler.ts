import type { RouteHandler } from '@hono/zod-openapi'
import { ApiError, notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, eq } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { AppEnv } from '../../app-env'
import { BOARD_CONFIG } from '../../config'
import { createDb } from '../../db'
import { caseDeduction, caseTie, computedItem, deduction, exemptionCase, panelSeat, scoreSheet } from '../../db/schema'
import { newId } from '../../new-id'
import { drawPanel } from '../../rules/conflicts'
import { notRecorded, outOfRange } from '../../rules/deductions'
import { addDays, quarterOf, shanghaiDay } from '../../rules/quarter'
import { loadScorecard } from '../scores/scores.queries'
import { auditBy, onceOnly } from '../shared/answer-once'
import { coversCase } from './case-scope'
import { activeMembers, caseDetail, findCase } from './cases.queries'
import type { fileCaseRoute } from './cases.routes'

export const fileCase: RouteHandler<typeof fileCaseRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const now = new Date()
  const today = shanghaiDay(now)
  const quarter = quarterOf(body.happenedOn)

  // The officer is known here by the quarter's score sheet: it says the officer's station.
  const [sheet] = await db
    .select()
    .from(scoreSheet)
    .where(and(eq(scoreSheet.officerId, body.officerId), eq(scoreSheet.quarter, quarter)))
    .limit(1)
  if (!sheet || !coversCase(c.var.scope, { stationId: sheet.stationId, officerId: sheet.officerId }))
    throw notFound(`A score sheet of officer ${body.officerId} for ${quarter}`)

  if (body.happenedOn > today)
    throw ruleBroken('RULE_HAPPENED_IN_FUTURE', `The event of ${body.happenedOn} has not happened yet`)

  const card = await loadScorecard(db, sheet.stationId)
  const bad = outOfRange(body.deductions, card?.items ?? [])
  if (bad.length > 0)
    throw new ApiError(400, 'POINTS_OUT_OF_RANGE', "A deduction does not fit the station's scorecard", { lines: bad })
  const recorded = await db
    .select({ itemCode: deduction.itemCode, points: deduction.points })
    .from(deduction)
    .where(and(eq(deduction.officerId, sheet.officerId), eq(deduction.quarter, quarter)))
  // Computed items count as deducted too: an exemption may reverse hours missed in a storm.
  const computed = await db
    .select({ itemCode: computedItem.itemCode, points: computedItem.points })
    .from(computedItem)
    .where(and(eq(computedItem.officerId, sheet.officerId), eq(computedItem.quarter, quarter)))
  const missing = notRecorded(body.deductions, [...recorded, ...computed])
  if (missing.length > 0)
    throw ruleBroken(
      'RULE_DEDUCTION_NOT_RECORDED',
      'A case can only concern points actually deducted from the officer in that quarter',
      { items: missing },
    )

  const members = await activeMembers(db)
  const unknownTie = body.declaredTies.find((t) => !members.some((m) => m.id === t.memberId))
  if (unknownTie) throw new ApiError(400, 'UNKNOWN_BOARD_MEMBER', `No active board member ${unknownTie.memberId}`)

  const actor = c.var.actor
  const filedByRole = actor.roles.find((r) => r === 'station_head' || r === 'team_leader' || r === 'officer') ?? ''

  // The stored first answer is the new case's id; a retry answers with the case as it is now.
  const created = await onceOnly(c, 'exemption.file', body, async (remember) => {
    const id = newId(now.getTime())
    const panel = drawPanel(
      members,
      { stationId: sheet.stationId, filedBy: actor.userId, ties: body.declaredTies },
      { size: BOARD_CONFIG.panelSize, salt: id },
    )
    const row = {
      id,
      officerId: sheet.officerId,
      stationId: sheet.stationId,
      quarter,
      happenedOn: body.happenedOn,
      duty: body.duty,
      facts: body.facts,
      ...body.criteria,
      filedBy: actor.userId,
      filedByRole,
      filedAt: now.toISOString(),
      deadline: addDays(today, BOARD_CONFIG.decisionDays),
      status: 'open' as const,
    }
    const statements: BatchItem<'sqlite'>[] = [
      db.insert(exemptionCase).values(row),
      db.insert(caseDeduction).values(body.deductions.map((d, line) => ({ caseId: id, line, ...d }))),
      db.insert(panelSeat).values(
        panel.map((p, seat) => ({
          caseId: id,
          memberId: p.member.id,
          seat,
          recused: p.recused,
          conflicts: JSON.stringify(p.conflicts),
        })),
      ),
    ]
    // A tie declared twice with the same kind is one tie.
    const ties = [...new Map(body.declaredTies.map((t) => [`${t.memberId}/${t.kind}`, t])).values()]
    if (ties.length > 0) statements.push(db.insert(caseTie).values(ties.map((t) => ({ caseId: id, ...t }))))
    const answer = { status: 201, body: { id } }
    statements.push(...(await remember(answer)))
    await writeWithAudit(db, statements, {
      ...auditBy(c),
      action: 'exemption.file',
      entity: 'exemption_case',
      entityId: id,
      after: { officerId: row.officerId, stationId: row.stationId, quarter, deductions: body.deductions },
    })
    return answer
  })
  const stored = await findCase(db, (created.body as { id: string }).id)
  if (!stored) throw new Error('the filed case is missing after its write')
  return c.json(await caseDetail(db, stored, null), 201)
}
