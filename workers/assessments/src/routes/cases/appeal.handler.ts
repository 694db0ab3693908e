import type { RouteHandler } from '@hono/zod-openapi'
import { ApiError, notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { BOARD_CONFIG } from '../../config'
import { createDb } from '../../db'
import { caseDeduction, caseTie, exemptionCase, panelSeat } from '../../db/schema'
import { newId } from '../../new-id'
import { appealRefusal, firstPanelMembersIn } from '../../rules/appeal'
import { drawPanel } from '../../rules/conflicts'
import { addDays, shanghaiDay } from '../../rules/quarter'
import { auditBy } from '../shared/answer-once'
import { coversCase } from './case-scope'
import { activeMembers, caseDetail, deductionsOf, findCase, panelOf } from './cases.queries'
import type { fileAppealRoute } from './cases.routes'

export const fileAppeal: RouteHandler<typeof fileAppealRoute, AppEnv> = async (c) => {
  const { caseId } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const first = await findCase(db, caseId)
  if (!first || !coversCase(c.var.scope, first)) throw notFound(`Case ${caseId}`)

  const now = new Date()
  const today = shanghaiDay(now)
  const [existing] = await db
    .select({ id: exemptionCase.id })
    .from(exemptionCase)
    .where(eq(exemptionCase.appealOf, caseId))
    .limit(1)
  const refusal = appealRefusal(
    { status: first.status, decidedAt: first.decidedAt, isAppeal: first.appealOf !== null, hasAppeal: !!existing },
    today,
    BOARD_CONFIG.appealDays,
  )
  if (refusal) throw ruleBroken(refusal.code, refusal.message)

  const firstPanel = new Set((await panelOf(db, caseId)).map((s) => s.member.id))
  const members = await activeMembers(db)
  if (body.panel) {
    const unknown = body.panel.find((id) => !members.some((m) => m.id === id))
    if (unknown) throw new ApiError(400, 'UNKNOWN_BOARD_MEMBER', `No active board member ${unknown}`)
    const sat = firstPanelMembersIn(body.panel, firstPanel)
    if (sat.length > 0)
      throw ruleBroken('RULE_APPEAL_PANEL', 'An appeal panel has none of the first panel’s members', { members: sat })
  }
  const ties = await db.select().from(caseTie).where(eq(caseTie.caseId, caseId))
  const id = newId(now.getTime())
  const pool = body.panel ? members.filter((m) => body.panel?.includes(m.id)) : members
  const panel = drawPanel(
    pool,
    { stationId: first.stationId, filedBy: c.var.actor.userId, ties },
    { size: BOARD_CONFIG.panelSize, salt: id, excluded: firstPanel },
  )
  if (!panel.some((seat) => !seat.recused))
    throw ruleBroken('RULE_APPEAL_PANEL', 'No board member free of conflict is left outside the first panel')

  const filedByRole =
    c.var.actor.roles.find((r) => r === 'station_head' || r === 'team_leader' || r === 'officer') ?? ''
  const lines = await deductionsOf(db, caseId)
  await writeWithAudit(
    db,
    [
      db.insert(exemptionCase).values({
        ...first,
        id,
        filedBy: c.var.actor.userId,
        filedByRole,
        filedAt: now.toISOString(),
        deadline: addDays(today, BOARD_CONFIG.decisionDays),
        status: 'open',
        outcome: null,
        summary: null,
        decidedAt: null,
        decidedBy: null,
        appealOf: caseId,
        grounds: body.grounds,
      }),
      db.insert(caseDeduction).values(lines.map((line) => ({ ...line, caseId: id }))),
      db.insert(panelSeat).values(
        panel.map((p, seat) => ({
          caseId: id,
          memberId: p.member.id,
          seat,
          recused: p.recused,
          conflicts: JSON.stringify(p.conflicts),
        })),
      ),
      ...(ties.length > 0 ? [db.insert(caseTie).values(ties.map((t) => ({ ...t, caseId: id })))] : []),
    ],
    {
      ...auditBy(c),
      action: 'exemption.appeal',
      entity: 'exemption_case',
      entityId: id,
      after: { appealOf: caseId, panel: panel.map((p) => p.member.id) },
    },
  )
  const stored = await findCase(db, id)
  if (!stored) throw new Error('the appeal is missing after its write')
  return c.json(await caseDetail(db, stored, null), 201)
}
