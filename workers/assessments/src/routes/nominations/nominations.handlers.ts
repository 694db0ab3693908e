import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { ApiError, conflict, notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, eq, inArray, ne } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { BOARD_CONFIG, NOMINATION_CONFIG } from '../../config'
import { createDb, type Db } from '../../db'
import { nomination, nominationSeat, nominationVote, scoreSheet, scoreSnapshot } from '../../db/schema'
import { newId } from '../../new-id'
import { drawPanel } from '../../rules/conflicts'
import { approvalExceedsQuota, filingRefusal, periodFits, quartersOf } from '../../rules/nominations'
import { addDays, shanghaiDay } from '../../rules/quarter'
import { activeMembers, memberOfAccount } from '../cases/cases.queries'
import { stationInScope } from '../scores/scores.handlers'
import { auditBy, onceOnly } from '../shared/answer-once'
import { findNomination, listNominations, nominationDetail, nominationTallyOf } from './nominations.queries'
import type {
  closeNominationRoute,
  fileNominationRoute,
  getNominationRoute,
  listNominationsRoute,
  voteNominationRoute,
} from './nominations.routes'

const isUnique = (table: string) => (err: unknown) =>
  new RegExp(`UNIQUE constraint failed: ${table}\\.`, 'i').test(String((err as Error)?.message ?? err))

/** Annual commendations the board approved for a year (the branch quota counts them). */
async function approvedCommendations(db: Db, year: string) {
  const rows = await db
    .select({ id: nomination.id })
    .from(nomination)
    .where(
      and(eq(nomination.kind, 'annual_commendation'), eq(nomination.period, year), eq(nomination.outcome, 'approve')),
    )
  return rows.length
}

export const listQueue: RouteHandler<typeof listNominationsRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationInScope(c.var.scope, query.station)
  const nominations = await listNominations(createDb(c.env), { ...query, stationId })
  return c.json({ nominations }, 200)
}

export const fileNomination: RouteHandler<typeof fileNominationRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  if (!periodFits(body.kind, body.period))
    throw new ApiError(
      400,
      'PERIOD_MISMATCH',
      'A star of the quarter names a quarter (2024-Q3), the others a year (2024)',
    )
  const db = createDb(c.env)
  const quarters = quartersOf(body.kind, body.period)
  const sheets = await db
    .select()
    .from(scoreSheet)
    .where(and(eq(scoreSheet.officerId, body.officerId), inArray(scoreSheet.quarter, quarters)))
  const stationId = sheets.at(-1)?.stationId
  if (!stationId || !coversStation(c.var.scope, stationId))
    throw notFound(`A score sheet of officer ${body.officerId} in ${body.period}`)

  const snapshot = await db
    .select()
    .from(scoreSnapshot)
    .where(and(eq(scoreSnapshot.officerId, body.officerId), inArray(scoreSnapshot.quarter, quarters)))
  const stars =
    body.kind === 'star_of_quarter'
      ? await db
          .select({ id: nomination.id })
          .from(nomination)
          .where(
            and(
              eq(nomination.kind, 'star_of_quarter'),
              eq(nomination.stationId, stationId),
              eq(nomination.period, body.period),
              ne(nomination.outcome, 'reject'),
            ),
          )
      : []
  const openStars =
    body.kind === 'star_of_quarter'
      ? await db
          .select({ id: nomination.id })
          .from(nomination)
          .where(
            and(
              eq(nomination.kind, 'star_of_quarter'),
              eq(nomination.stationId, stationId),
              eq(nomination.period, body.period),
              eq(nomination.status, 'open'),
            ),
          )
      : []
  const refusal = filingRefusal({
    kind: body.kind,
    frozenQuarters: snapshot.length,
    starsInStation: stars.length + openStars.length,
    approvedCommendations: body.kind === 'annual_commendation' ? await approvedCommendations(db, body.period) : 0,
    quota: NOMINATION_CONFIG.annualCommendationQuota,
  })
  if (refusal) throw ruleBroken(refusal.code, refusal.message)

  const members = await activeMembers(db)
  const ties = body.declaredTies ?? []
  const unknownTie = ties.find((t) => !members.some((m) => m.id === t.memberId))
  if (unknownTie) throw new ApiError(400, 'UNKNOWN_BOARD_MEMBER', `No active board member ${unknownTie.memberId}`)

  const now = new Date()
  let created: { body: unknown }
  try {
    created = await onceOnly(c, 'nomination.file', body, async (remember) => {
      const id = newId(now.getTime())
      // The same panel rule as exemption cases: conflicts (same station, filer, declared ties) recused.
      const panel = drawPanel(
        members,
        { stationId, filedBy: c.var.actor.userId, ties },
        { size: BOARD_CONFIG.panelSize, salt: id },
      )
      const answer = { status: 201, body: { id } }
      await writeWithAudit(
        db,
        [
          db.insert(nomination).values({
            id,
            kind: body.kind,
            officerId: body.officerId,
            stationId,
            period: body.period,
            snapshot: JSON.stringify(
              snapshot
                .sort((a, b) => (a.quarter < b.quarter ? -1 : 1))
                .map((s) => ({
                  quarter: s.quarter,
                  score: s.score,
                  rank: s.rank,
                  grade: s.grade,
                  star: s.star,
                  frozenAt: s.frozenAt,
                })),
            ),
            reason: body.reason,
            filedBy: c.var.actor.userId,
            filedAt: now.toISOString(),
            deadline: addDays(shanghaiDay(now), NOMINATION_CONFIG.decisionDays),
            status: 'open',
          }),
          db.insert(nominationSeat).values(
            panel.map((p, seat) => ({
              nominationId: id,
              memberId: p.member.id,
              seat,
              recused: p.recused,
              conflicts: JSON.stringify(p.conflicts),
            })),
          ),
          ...(await remember(answer)),
        ],
        {
          ...auditBy(c),
          action: 'nomination.file',
          entity: 'nomination',
          entityId: id,
          after: { kind: body.kind, officerId: body.officerId, period: body.period },
        },
      )
      return answer
    })
  } catch (err) {
    if (isUnique('nomination')(err))
      throw conflict('NOMINATED_ALREADY', 'The officer is nominated for this kind and period')
    throw err
  }
  const stored = await findNomination(db, (created.body as { id: string }).id)
  if (!stored) throw new Error('the nomination is missing after its write')
  return c.json(await nominationDetail(db, stored, null), 201)
}

async function inScope(c: Context<AppEnv>, id: string) {
  const db = createDb(c.env)
  const row = await findNomination(db, id)
  if (!row || !coversStation(c.var.scope, row.stationId)) throw notFound(`Nomination ${id}`)
  return { db, row }
}

export const getNomination: RouteHandler<typeof getNominationRoute, AppEnv> = async (c) => {
  const { db, row } = await inScope(c, c.req.valid('param').nominationId)
  return c.json(await nominationDetail(db, row, await memberOfAccount(db, c.var.actor.userId)), 200)
}

export const voteNomination: RouteHandler<typeof voteNominationRoute, AppEnv> = async (c) => {
  const { nominationId } = c.req.valid('param')
  const body = c.req.valid('json')
  const { db, row } = await inScope(c, nominationId)
  const member = await memberOfAccount(db, c.var.actor.userId)
  const { seats, votes } = await nominationTallyOf(db, nominationId)
  const seat = member ? seats.find((s) => s.member.id === member.id) : undefined
  if (!member || !seat) throw new ApiError(403, 'NOT_ON_PANEL', 'Only members of the panel vote')
  if (seat.seat.recused)
    throw new ApiError(403, 'RECUSED', 'A recused member does not vote on this nomination', {
      conflicts: JSON.parse(seat.seat.conflicts),
    })
  if (row.status !== 'open') throw conflict('NOMINATION_DECIDED', 'The nomination is decided: votes are closed')
  if (votes.some((v) => v.memberId === member.id))
    throw conflict('VOTE_ALREADY_CAST', 'You have voted; a vote is final')
  try {
    await writeWithAudit(
      db,
      [
        db.insert(nominationVote).values({
          nominationId,
          memberId: member.id,
          outcome: body.outcome,
          reason: body.reason,
          castAt: new Date().toISOString(),
        }),
      ],
      {
        ...auditBy(c),
        action: 'nomination.vote',
        entity: 'nomination',
        entityId: nominationId,
        after: { memberId: member.id, outcome: body.outcome },
      },
    )
  } catch (err) {
    if (isUnique('nomination_vote')(err)) throw conflict('VOTE_ALREADY_CAST', 'You have voted; a vote is final')
    throw err
  }
  return c.json(await nominationDetail(db, row, member), 201)
}

export const closeNomination: RouteHandler<typeof closeNominationRoute, AppEnv> = async (c) => {
  const { nominationId } = c.req.valid('param')
  const { summary } = c.req.valid('json')
  const { db, row } = await inScope(c, nominationId)
  const chair = await memberOfAccount(db, c.var.actor.userId)
  if (!chair) throw new ApiError(403, 'NOT_A_BOARD_MEMBER', 'Your account is not linked to a board member')
  const { seats, tally } = await nominationTallyOf(db, nominationId)
  if (seats.some((s) => s.member.id === chair.id && s.seat.recused))
    throw new ApiError(403, 'RECUSED', 'A recused chair does not close this nomination')
  if (row.status !== 'open') throw conflict('NOMINATION_DECIDED', 'The nomination is decided already')
  if (tally.blocker || !tally.majority)
    throw ruleBroken(tally.blocker ?? 'RULE_MAJORITY', 'The quorum or a majority is missing', { tally })
  if (
    tally.majority === 'approve' &&
    approvalExceedsQuota(
      row.kind,
      await approvedCommendations(db, row.period),
      NOMINATION_CONFIG.annualCommendationQuota,
    )
  )
    throw ruleBroken(
      'RULE_QUOTA',
      `The branch quota of ${NOMINATION_CONFIG.annualCommendationQuota} annual commendations is used up`,
    )
  const decidedAt = new Date().toISOString()
  await writeWithAudit(
    db,
    [
      db
        .update(nomination)
        .set({ status: 'decided', outcome: tally.majority, summary, decidedAt, decidedBy: chair.id })
        .where(and(eq(nomination.id, nominationId), eq(nomination.status, 'open'))),
    ],
    {
      ...auditBy(c),
      action: 'nomination.decide',
      entity: 'nomination',
      entityId: nominationId,
      before: { status: 'open' },
      after: { outcome: tally.majority, tally },
    },
  )
  const decided = await findNomination(db, nominationId)
  if (!decided) throw new Error('the nomination is missing after its write')
  return c.json(await nominationDetail(db, decided, chair), 201)
}
