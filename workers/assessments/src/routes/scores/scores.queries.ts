import type { OfficerScore, Scorecard } from '@platform/contracts'
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { deduction, scorecard, scorecardRater, scoreItem, scoreSheet } from '../../db/schema'
import { loadQuarter, rankQuarter } from '../../scoring/quarter-sheets'

/** The scorecards of one station (or of all), each with its items in code order. */
export async function loadScorecards(db: Db, stationId: string | undefined): Promise<Scorecard[]> {
  const cards = await db
    .select()
    .from(scorecard)
    .where(stationId ? eq(scorecard.stationId, stationId) : undefined)
    .orderBy(asc(scorecard.stationId))
  if (cards.length === 0) return []
  const raters = await db
    .select()
    .from(scorecardRater)
    .where(stationId && cards[0] ? eq(scorecardRater.scorecardId, cards[0].id) : undefined)
    .orderBy(asc(scorecardRater.raterRole))
  const items = await db
    .select()
    .from(scoreItem)
    .where(stationId && cards[0] ? eq(scoreItem.scorecardId, cards[0].id) : undefined)
    .orderBy(asc(scoreItem.code))
  return cards.map((card) => cardOf(card, items, raters))
}

/** The station's scorecard; null when the station has none. */
export async function loadScorecard(db: Db, stationId: string): Promise<Scorecard | null> {
  return (await loadScorecards(db, stationId))[0] ?? null
}

function cardOf(
  card: typeof scorecard.$inferSelect,
  allItems: (typeof scoreItem.$inferSelect)[],
  allRaters: (typeof scorecardRater.$inferSelect)[],
): Scorecard {
  const items = allItems.filter((i) => i.scorecardId === card.id)
  const raters = allRaters.filter((r) => r.scorecardId === card.id)
  return {
    id: card.id,
    stationId: card.stationId,
    name: { zh: card.nameZh, en: card.nameEn },
    totalPoints: card.totalPoints,
    raters: raters.map((r) => ({ role: r.raterRole, label: { zh: r.labelZh, en: r.labelEn }, weightPct: r.weightPct })),
    items: items.map((i) => ({
      id: i.id,
      code: i.code,
      aspect: i.aspect,
      name: { zh: i.nameZh, en: i.nameEn },
      maxPoints: i.maxPoints,
      source: i.source,
    })),
  }
}

/**
 * Quarterly rankings: each officer's sheet with its weighted deductions, computed items and
 * adjustments (computed on every read, so an adjustment re-ranks the station at once; a closed
 * quarter reads its snapshot plus later adjustments), ranked within the station.
 */
export async function stationScores(db: Db, stationId: string | undefined, quarter: string): Promise<OfficerScore[]> {
  return rankQuarter(await loadQuarter(db, stationId, quarter))
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
  const raters = sheet
    ? await db
        .select({ role: scorecardRater.raterRole, weightPct: scorecardRater.weightPct })
        .from(scorecardRater)
        .innerJoin(scorecard, eq(scorecard.id, scorecardRater.scorecardId))
        .where(eq(scorecard.stationId, sheet.stationId))
    : []
  const weights = new Map<string, number>(raters.map((r) => [r.role, r.weightPct]))
  return {
    sheet: sheet ?? null,
    deductions: rows.map((d) => ({
      id: d.id,
      itemCode: d.itemCode,
      points: d.points,
      reason: d.reason,
      recordedAt: d.recordedAt,
      raterRole: d.raterRole,
      weightPct: weights.get(d.raterRole ?? '') ?? 100,
    })),
  }
}
