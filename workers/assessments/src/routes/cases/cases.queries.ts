import type { CaseSummary, ConflictReason, ExemptionCase, VoteOutcome } from '@platform/contracts'
import { and, asc, eq, lte, sql } from 'drizzle-orm'
import { BOARD_CONFIG } from '../../config'
import type { Db } from '../../db'
import { adjustment, boardMember, caseDeduction, exemptionCase, panelSeat, vote } from '../../db/schema'
import { appealDeadline } from '../../rules/appeal'
import { tally } from '../../rules/quorum'
import { chairFirst } from '../board/board.queries'
import { loadScorecard, stationScores } from '../scores/scores.queries'

export type CaseRow = typeof exemptionCase.$inferSelect
export type MemberRow = typeof boardMember.$inferSelect

/** Active members in board order (chair first, then by name): the order a panel is drawn in. */
export const activeMembers = (db: Db) =>
  db
    .select()
    .from(boardMember)
    .where(eq(boardMember.active, true))
    .orderBy(chairFirst, asc(boardMember.nameEn), asc(boardMember.id))

/** The board member a signed-in account is, or null (see board_member.account_id). */
export async function memberOfAccount(db: Db, accountId: string): Promise<MemberRow | null> {
  const [row] = await db.select().from(boardMember).where(eq(boardMember.accountId, accountId)).limit(1)
  return row ?? null
}

export async function findCase(db: Db, id: string): Promise<CaseRow | null> {
  const [row] = await db.select().from(exemptionCase).where(eq(exemptionCase.id, id)).limit(1)
  return row ?? null
}

export const summaryOf = (row: CaseRow): CaseSummary => ({
  id: row.id,
  officerId: row.officerId,
  stationId: row.stationId,
  quarter: row.quarter,
  happenedOn: row.happenedOn,
  duty: row.duty,
  status: row.status,
  outcome: row.outcome,
  filedAt: row.filedAt,
  deadline: row.deadline,
})

const openFirst = sql`case when ${exemptionCase.status} = 'open' then 0 else 1 end`

/** The queue: open cases first, then by deadline. `stationId` undefined = every station. */
export async function listCases(
  db: Db,
  filter: {
    stationId?: string | undefined
    officerId?: string | undefined
    status?: CaseRow['status']
    dueBefore?: string
  },
) {
  const rows = await db
    .select()
    .from(exemptionCase)
    .where(
      and(
        filter.stationId ? eq(exemptionCase.stationId, filter.stationId) : undefined,
        filter.officerId ? eq(exemptionCase.officerId, filter.officerId) : undefined,
        filter.status ? eq(exemptionCase.status, filter.status) : undefined,
        filter.dueBefore ? lte(exemptionCase.deadline, filter.dueBefore) : undefined,
      ),
    )
    .orderBy(openFirst, asc(exemptionCase.deadline), asc(exemptionCase.id))
  return rows.map(summaryOf)
}

/** The panel of a case in seat order, with each member's record. */
export const panelOf = (db: Db, caseId: string) =>
  db
    .select({ seat: panelSeat, member: boardMember })
    .from(panelSeat)
    .innerJoin(boardMember, eq(boardMember.id, panelSeat.memberId))
    .where(eq(panelSeat.caseId, caseId))
    .orderBy(asc(panelSeat.seat))

export const votesOf = (db: Db, caseId: string) =>
  db.select().from(vote).where(eq(vote.caseId, caseId)).orderBy(asc(vote.castAt), asc(vote.memberId))

export const deductionsOf = (db: Db, caseId: string) =>
  db.select().from(caseDeduction).where(eq(caseDeduction.caseId, caseId)).orderBy(asc(caseDeduction.line))

/** The tally the server computes for a case (the only count that decides anything). */
export async function tallyOf(db: Db, caseId: string) {
  const [seats, votes] = await Promise.all([panelOf(db, caseId), votesOf(db, caseId)])
  return {
    seats,
    votes,
    tally: tally(
      seats.map((s) => ({ memberId: s.member.id, recused: s.seat.recused })),
      votes.map((v) => ({ memberId: v.memberId, outcome: v.outcome })),
      BOARD_CONFIG.quorum,
    ),
  }
}

/** The case page and decision record, seen by `viewer` (a board member or not). */
export async function caseDetail(db: Db, row: CaseRow, viewer: MemberRow | null): Promise<ExemptionCase> {
  const [{ seats, votes, tally: count }, lines, card, adjustments, scores] = await Promise.all([
    tallyOf(db, row.id),
    deductionsOf(db, row.id),
    loadScorecard(db, row.stationId),
    db.select().from(adjustment).where(eq(adjustment.caseId, row.id)).orderBy(asc(adjustment.itemCode)),
    stationScores(db, row.stationId, row.quarter),
  ])
  const [appeal] = await db
    .select({ id: exemptionCase.id })
    .from(exemptionCase)
    .where(eq(exemptionCase.appealOf, row.id))
    .limit(1)
  const ownSeat = seats.find((s) => s.member.id === viewer?.id)
  const own = scores.find((s) => s.officerId === row.officerId)
  return {
    ...summaryOf(row),
    appealOf: row.appealOf,
    appealId: appeal?.id ?? null,
    appealDeadline: row.decidedAt && !row.appealOf ? appealDeadline(row.decidedAt, BOARD_CONFIG.appealDays) : null,
    grounds: row.grounds,
    facts: row.facts,
    criteria: {
      lawfulDuty: row.lawfulDuty,
      accidentOrForceMajeure: row.accidentOrForceMajeure,
      noSeriousConsequence: row.noSeriousConsequence,
    },
    deductions: lines.map((line) => {
      const item = card?.items.find((i) => i.code === line.itemCode)
      return {
        itemCode: line.itemCode,
        itemName: item?.name ?? { zh: line.itemCode, en: line.itemCode },
        points: line.points,
        maxPoints: item?.maxPoints ?? line.points,
      }
    }),
    filedByRole: row.filedByRole,
    panel: seats.map(({ seat, member }) => ({
      memberId: member.id,
      name: { zh: member.nameZh, en: member.nameEn },
      role: member.role,
      unit: { zh: member.unitZh, en: member.unitEn },
      recused: seat.recused,
      conflicts: JSON.parse(seat.conflicts) as ConflictReason[],
      voted: votes.some((v) => v.memberId === member.id),
    })),
    votes: votes.map((v) => ({
      memberId: v.memberId,
      outcome: v.outcome,
      reasons: {
        lawfulDuty: v.reasonLawfulDuty,
        accidentOrForceMajeure: v.reasonAccidentOrForceMajeure,
        noSeriousConsequence: v.reasonNoSeriousConsequence,
      },
      castAt: v.castAt,
    })),
    tally: count,
    decision:
      row.status === 'decided' && row.outcome && row.decidedAt && row.decidedBy
        ? {
            outcome: row.outcome as VoteOutcome,
            summary: row.summary ?? '',
            decidedAt: row.decidedAt,
            decidedBy: row.decidedBy,
            adjustments: adjustments.map((a) => ({ itemCode: a.itemCode, points: a.points, quarter: a.quarter })),
          }
        : null,
    viewer: {
      memberId: viewer?.id ?? null,
      chair: viewer?.role === 'chair',
      onPanel: ownSeat !== undefined,
      recused: ownSeat?.seat.recused ?? false,
      voted: votes.some((v) => v.memberId === viewer?.id),
    },
    officerScore: own ? { score: own.score, rank: own.rank, officers: scores.length } : null,
  }
}
