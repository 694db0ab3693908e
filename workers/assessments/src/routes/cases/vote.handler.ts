import type { RouteHandler } from '@hono/zod-openapi'
import { ApiError, conflict, notFound, writeWithAudit } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { vote } from '../../db/schema'
import { auditBy } from '../shared/answer-once'
import { coversCase } from './case-scope'
import { caseDetail, findCase, memberOfAccount, panelOf, votesOf } from './cases.queries'
import type { castVoteRoute } from './cases.routes'

const isDuplicate = (err: unknown) => /UNIQUE constraint failed: vote\./i.test(String((err as Error)?.message ?? err))

/**
 * One vote per panel member, final once cast (the first is kept, a second answers 409): a
 * board that may change votes needs a record of every change, and the issue leaves it open.
 */
export const castVote: RouteHandler<typeof castVoteRoute, AppEnv> = async (c) => {
  const { caseId } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const row = await findCase(db, caseId)
  if (!row || !coversCase(c.var.scope, row)) throw notFound(`Case ${caseId}`)

  const member = await memberOfAccount(db, c.var.actor.userId)
  const seat = member ? (await panelOf(db, caseId)).find((s) => s.member.id === member.id) : undefined
  if (!member || !seat) throw new ApiError(403, 'NOT_ON_PANEL', 'Only members of the case panel vote')
  if (seat.seat.recused)
    throw new ApiError(403, 'RECUSED', 'A recused member does not vote on this case', {
      conflicts: JSON.parse(seat.seat.conflicts),
    })
  if (row.status !== 'open') throw conflict('CASE_DECIDED', 'The case is decided: votes are closed')
  if ((await votesOf(db, caseId)).some((v) => v.memberId === member.id))
    throw conflict('VOTE_ALREADY_CAST', 'You have voted on this case; a vote is final')

  const castAt = new Date().toISOString()
  try {
    await writeWithAudit(
      db,
      [
        db.insert(vote).values({
          caseId,
          memberId: member.id,
          outcome: body.outcome,
          reasonLawfulDuty: body.reasons.lawfulDuty,
          reasonAccidentOrForceMajeure: body.reasons.accidentOrForceMajeure,
          reasonNoSeriousConsequence: body.reasons.noSeriousConsequence,
          castAt,
        }),
      ],
      {
        ...auditBy(c),
        action: 'exemption.vote',
        entity: 'exemption_case',
        entityId: caseId,
        after: { memberId: member.id, outcome: body.outcome },
      },
    )
  } catch (err) {
    // Two requests of the same member at once: the primary key keeps the first.
    if (isDuplicate(err)) throw conflict('VOTE_ALREADY_CAST', 'You have voted on this case; a vote is final')
    throw err
  }
  return c.json(await caseDetail(db, row, member), 201)
}
