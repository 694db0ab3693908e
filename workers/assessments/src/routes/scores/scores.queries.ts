import type { OfficerScore, Scorecard } from '@platform/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { deduction, scorecard, scoreItem, scoreSheet } from '../../db/schema'
import { rankScores } from '../../rules/ranking'

/** The scorecards of one station (or of all), each with its items in code order. */
export async function loadScorecards(db: Db, stationId: string | undefined): Promise<Scorecard[]> {
  const cards = await db
    .select()
    .from(scorecard)
    .where(stationId ? eq(scorecard.stationId, stationId) : undefined)
    .orderBy(asc(scorecard.stationId))
  if (cards.length === 0) return []
  const items = await db
    .select()
    .from(scoreItem)
    .where(stationId && cards[0] ? eq(scoreItem.scorecardId, cards[0].id) : undefined)
    .orderBy(asc(scoreItem.code))
  return cards.map((card) => cardOf(card, items))
}

/** The station's scorecard; null when the station has none. */
export async function loadScorecard(db: Db, stationId: string): Promise<Scorecard | null> {
  return (await loadScorecards(db, stationId))[0] ?? null
}

function cardOf(card: typeof scorecard.$inferSelect, allItems: (typeof scoreItem.$inferSelect)[]): Scorecard {
  const items = allItems.filter((i) => i.scorecardId === card.id)
  return {
    id: card.id,
    stationId: card.stationId,
    name: { zh: card.nameZh, en: card.nameEn },
    totalPoints: card.totalPoints,
    items: items.map((i) => ({
      id: i.id,
      code: i.code,
      aspect: i.aspect,
      name: { zh: i.nameZh, en: i.nameEn },
      maxPoints: i.maxPoints,
    })),
  }
}

/**
 * Quarterly rankings: each officer's sheet with the sums of recorded deductions and of
 * adjustments (computed on every read, so an adjustment re-ranks the station at once), ranked
 * within the station, stations in id order.
 */
export async function stationScores(db: Db, stationId: string | undefined, quarter: string): Promise<OfficerScore[]> {
  // Correlated sums written out: drizzle renders columns inside a sub-select unqualified, which
  // would compare the deduction's officer with itself.
  const deducted = sql<number>`coalesce((select sum(d.points) from deduction d
    where d.officer_id = score_sheet.officer_id and d.quarter = score_sheet.quarter), 0)`
  const adjusted = sql<number>`coalesce((select sum(a.points) from adjustment a
    where a.officer_id = score_sheet.officer_id and a.quarter = score_sheet.quarter), 0)`
  const sheets = await db
    .select({
      officerId: scoreSheet.officerId,
      stationId: scoreSheet.stationId,
      quarter: scoreSheet.quarter,
      basePoints: scoreSheet.basePoints,
      deducted,
      adjusted,
    })
    .from(scoreSheet)
    .where(and(stationId ? eq(scoreSheet.stationId, stationId) : undefined, eq(scoreSheet.quarter, quarter)))
    .orderBy(asc(scoreSheet.stationId))
  const stations = [...new Set(sheets.map((s) => s.stationId))]
  return stations.flatMap((station) =>
    rankScores(
      sheets
        .filter((s) => s.stationId === station)
        .map((s) => ({ ...s, deducted: Number(s.deducted), adjusted: Number(s.adjusted) })),
    ),
  )
}

/** The officer's sheet for a quarter and the deductions recorded against it. */
export async function officerDeductions(db: Db, officerId: string, quarter: string) {
  const where = and(eq(scoreSheet.officerId, officerId), eq(scoreSheet.quarter, quarter))
  const [sheet] = await db.select().from(scoreSheet).where(where).limit(1)
  const rows = await db
    .select()
    .from(deduction)
    .where(and(eq(deduction.officerId, officerId), eq(deduction.quarter, quarter)))
    .orderBy(asc(deduction.recordedAt), asc(deduction.id))
  return {
    sheet: sheet ?? null,
    deductions: rows.map((d) => ({
      id: d.id,
      itemCode: d.itemCode,
      points: d.points,
      reason: d.reason,
      recordedAt: d.recordedAt,
    })),
  }
}
