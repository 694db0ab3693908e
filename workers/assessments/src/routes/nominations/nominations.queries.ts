import type { Nomination, NominationSummary } from '@platform/contracts'
import { and, asc, eq, lte, sql } from 'drizzle-orm'
import { BOARD_CONFIG } from '../../config'
import type { Db } from '../../db'
import { boardMember, nomination, nominationSeat, nominationVote } from '../../db/schema'
import { quorumOf, simpleMajority } from '../../rules/quorum'
import type { MemberRow } from '../cases/cases.queries'

export type NominationRow = typeof nomination.$inferSelect

export async function findNomination(db: Db, id: string): Promise<NominationRow | null> {
  const [row] = await db.select().from(nomination).where(eq(nomination.id, id)).limit(1)
  return row ?? null
}

export const nominationSummaryOf = (row: NominationRow): NominationSummary => ({
  id: row.id,
  kind: row.kind,
  officerId: row.officerId,
  stationId: row.stationId,
  period: row.period,
  status: row.status,
  outcome: row.outcome,
  filedAt: row.filedAt,
  deadline: row.deadline,
})

const openFirst = sql`case when ${nomination.status} = 'open' then 0 else 1 end`

export async function listNominations(
  db: Db,
  filter: {
    stationId?: string | undefined
    kind?: NominationRow['kind'] | undefined
    status?: NominationRow['status'] | undefined
    dueBefore?: string | undefined
  },
) {
  const rows = await db
    .select()
    .from(nomination)
    .where(
      and(
        filter.stationId ? eq(nomination.stationId, filter.stationId) : undefined,
        filter.kind ? eq(nomination.kind, filter.kind) : undefined,
        filter.status ? eq(nomination.status, filter.status) : undefined,
        filter.dueBefore ? lte(nomination.deadline, filter.dueBefore) : undefined,
      ),
    )
    .orderBy(openFirst, asc(nomination.deadline), asc(nomination.id))
  return rows.map(nominationSummaryOf)
}

export const nominationPanelOf = (db: Db, id: string) =>
  db
    .select({ seat: nominationSeat, member: boardMember })
    .from(nominationSeat)
    .innerJoin(boardMember, eq(boardMember.id, nominationSeat.memberId))
    .where(eq(nominationSeat.nominationId, id))
    .orderBy(asc(nominationSeat.seat))

export const nominationVotesOf = (db: Db, id: string) =>
  db
    .select()
    .from(nominationVote)
    .where(eq(nominationVote.nominationId, id))
    .orderBy(asc(nominationVote.castAt), asc(nominationVote.memberId))

/** The same quorum rule as exemption cases (rules/quorum.ts), with a yes/no majority. */
export async function nominationTallyOf(db: Db, id: string) {
  const [seats, votes] = await Promise.all([nominationPanelOf(db, id), nominationVotesOf(db, id)])
  const { counted, ...count } = quorumOf(
    seats.map((s) => ({ memberId: s.member.id, recused: s.seat.recused })),
    votes,
    BOARD_CONFIG.quorum,
  )
  const counts = { approve: 0, reject: 0 }
  for (const v of counted) counts[v.outcome] += 1
  const majority = simpleMajority(counts)
  const blocker = !count.quorumMet ? ('RULE_QUORUM' as const) : majority === null ? ('RULE_MAJORITY' as const) : null
  return { seats, votes, tally: { ...count, counts, majority, blocker } }
}

export async function nominationDetail(db: Db, row: NominationRow, viewer: MemberRow | null): Promise<Nomination> {
  const { seats, votes, tally } = await nominationTallyOf(db, row.id)
  const own = seats.find((s) => s.member.id === viewer?.id)
  return {
    ...nominationSummaryOf(row),
    reason: row.reason,
    snapshot: JSON.parse(row.snapshot),
    panel: seats.map(({ seat, member }) => ({
      memberId: member.id,
      name: { zh: member.nameZh, en: member.nameEn },
      role: member.role,
      recused: seat.recused,
      conflicts: JSON.parse(seat.conflicts) as string[],
      voted: votes.some((v) => v.memberId === member.id),
    })),
    votes: votes.map((v) => ({ memberId: v.memberId, outcome: v.outcome, reason: v.reason, castAt: v.castAt })),
    tally,
    decision:
      row.status === 'decided' && row.outcome && row.decidedAt && row.decidedBy
        ? { outcome: row.outcome, summary: row.summary ?? '', decidedAt: row.decidedAt, decidedBy: row.decidedBy }
        : null,
    viewer: {
      memberId: viewer?.id ?? null,
      chair: viewer?.role === 'chair',
      onPanel: own !== undefined,
      recused: own?.seat.recused ?? false,
      voted: votes.some((v) => v.memberId === viewer?.id),
    },
  }
}
