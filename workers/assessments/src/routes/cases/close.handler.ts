import type { RouteHandler } from '@hono/zod-openapi'
import { ApiError, conflict, notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { BOARD_CONFIG } from '../../config'
import { createDb } from '../../db'
import { adjustment, exemptionCase } from '../../db/schema'
import { newId } from '../../new-id'
import { appealReversal } from '../../rules/appeal'
import { costOf, reversalOf } from '../../rules/deductions'
import { loadQuarter } from '../../scoring/quarter-sheets'
import { auditBy } from '../shared/answer-once'
import { coversCase } from './case-scope'
import { caseDetail, deductionsOf, findCase, memberOfAccount, tallyOf } from './cases.queries'
import type { closeCaseRoute } from './cases.routes'

const MESSAGES = {
  RULE_QUORUM: 'The quorum of the non-recused panel has not voted yet',
  RULE_MAJORITY: 'No outcome has a majority of the votes cast',
} as const

/**
 * The chair closes a case once the server's tally allows it. An exemption reverses what the named
 * deductions cost in the score (at their raters' weights) as adjustments pointing at the case (one per case line, unique, so a second close
 * racing this one fails as a whole); the ranking reads them at once.
 */
export const closeCase: RouteHandler<typeof closeCaseRoute, AppEnv> = async (c) => {
  const { caseId } = c.req.valid('param')
  const { summary } = c.req.valid('json')
  const db = createDb(c.env)
  const row = await findCase(db, caseId)
  if (!row || !coversCase(c.var.scope, row)) throw notFound(`Case ${caseId}`)

  const chair = await memberOfAccount(db, c.var.actor.userId)
  if (!chair) throw new ApiError(403, 'NOT_A_BOARD_MEMBER', 'Your account is not linked to a board member')
  const { seats, tally } = await tallyOf(db, caseId)
  if (seats.some((s) => s.member.id === chair.id && s.seat.recused))
    throw new ApiError(403, 'RECUSED', 'A recused chair does not close this case')
  if (row.status !== 'open') throw conflict('CASE_DECIDED', 'The case is already decided')
  if (tally.blocker || !tally.majority) {
    const code = tally.blocker ?? 'RULE_MAJORITY'
    throw ruleBroken(code, MESSAGES[code], { tally })
  }

  const outcome = tally.majority
  const decidedAt = new Date().toISOString()
  const [lines, sheets] = await Promise.all([deductionsOf(db, caseId), loadQuarter(db, row.stationId, row.quarter)])
  // A decision gives back what the deductions cost in the score: a weighted rater's points at the weight.
  const sheet = sheets.find((s) => s.officerId === row.officerId)
  const recorded = [
    ...(sheet?.lines ?? []),
    ...(sheet?.computed ?? []).map((line) => ({ ...line, weightPct: 100, recordedAt: '' })),
  ]
  const cost = costOf(lines, recorded)
  // An appeal adds only what its decision restores beyond the first one's.
  const first = row.appealOf ? await findCase(db, row.appealOf) : null
  const reversed = first?.outcome
    ? appealReversal(outcome, first.outcome, cost, BOARD_CONFIG.partialShare)
    : reversalOf(outcome, cost, BOARD_CONFIG.partialShare)
  const statements = [
    db
      .update(exemptionCase)
      .set({ status: 'decided', outcome, summary, decidedAt, decidedBy: chair.id })
      .where(and(eq(exemptionCase.id, caseId), eq(exemptionCase.status, 'open'))),
    ...reversed.map((line, index) =>
      db.insert(adjustment).values({
        id: newId(),
        officerId: row.officerId,
        stationId: row.stationId,
        quarter: row.quarter,
        itemCode: line.itemCode,
        points: line.points,
        caseId,
        line: index,
        recordedAt: decidedAt,
      }),
    ),
  ]
  await writeWithAudit(db, statements, {
    ...auditBy(c),
    action: 'exemption.decide',
    entity: 'exemption_case',
    entityId: caseId,
    before: { status: row.status },
    after: { status: 'decided', outcome, tally, adjustments: reversed },
  })
  const decided = await findCase(db, caseId)
  if (!decided) throw new Error('the decided case is missing after its write')
  return c.json(await caseDetail(db, decided, chair), 201)
}
