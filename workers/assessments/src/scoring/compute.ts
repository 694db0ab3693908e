import type { ComputedItems, ItemSource } from '@platform/contracts'
import { and, eq, gte, lte } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { CYCLE_CONFIG, SURVEY_CONFIG } from '../config'
import type { Db } from '../db'
import { computedItem, scoreSheet, surveyAnswer } from '../db/schema'
import { askPeer, communitiesOf, disputesOf, officersOf } from '../peers'
import { loadScorecard } from '../routes/scores/scores.queries'
import { computeItem, type OfficerFigures, quarterPeriod } from '../rules/computed-items'

type Computable = Exclude<ItemSource, 'rater'>

/**
 * The figures each officer's computed items need, asked from the workers that own them. Every
 * peer is asked before anything is written: a peer that fails stops the whole computation
 * (502 naming the peer) and the stored items stay as they were.
 */
async function gatherFigures(env: Env, db: Db, stationId: string, quarter: string, sources: ReadonlySet<Computable>) {
  const period = quarterPeriod(quarter)
  const figures = new Map<string, OfficerFigures>()
  const of = (officerId: string) => {
    const found = figures.get(officerId) ?? {}
    figures.set(officerId, found)
    return found
  }
  const asked = { from: period.from, to: period.to, stationId }
  const [hours, tasks, registration, disputes] = await Promise.all([
    sources.has('community_hours') ? askPeer('officers', () => officersOf(env).communityHours(asked)) : [],
    sources.has('task_completion') ? askPeer('officers', () => officersOf(env).taskCompletion(asked)) : [],
    sources.has('registration_rate')
      ? askPeer('communities', () =>
          communitiesOf(env).registrationRows({ fromMonth: period.fromMonth, toMonth: period.toMonth, stationId }),
        )
      : [],
    sources.has('disputes') ? askPeer('disputes', () => disputesOf(env).disputeResults(asked)) : [],
  ])
  for (const h of hours)
    of(h.officerId).hours = { communityHours: h.communityHours, targetHours: h.targetHours, awayHours: h.awayHours }
  for (const t of tasks) of(t.officerId).tasks = { due: t.due, done: t.done }
  for (const d of disputes) of(d.officerId).disputes = { settled: d.settled, overdue: d.overdue, open: d.open }
  // Registration is kept per community and grid: the grid's responsible officer answers for it.
  const grids = [...new Set(registration.flatMap((r) => (r.gridId ? [r.gridId] : [])))]
  const responsible = await Promise.all(
    grids.map(
      async (gridId) => [gridId, await askPeer('officers', () => officersOf(env).responsibleOfficer(gridId))] as const,
    ),
  )
  const officerOfGrid = new Map(responsible.flatMap(([gridId, o]) => (o ? [[gridId, o.officerId] as const] : [])))
  for (const row of registration) {
    const officerId = row.gridId ? officerOfGrid.get(row.gridId) : undefined
    if (!officerId) continue
    const r = of(officerId).registration ?? { known: 0, registered: 0 }
    r.known += row.floatingKnown + row.rentalKnown
    r.registered += row.floatingRegistered + row.rentalRegistered
    of(officerId).registration = r
  }
  if (sources.has('satisfaction')) {
    // Household visits the officer made: the answers of the officer's own residents.
    const answers = await db
      .select({ officerId: surveyAnswer.officerId, score: surveyAnswer.score })
      .from(surveyAnswer)
      .where(
        and(
          eq(surveyAnswer.stationId, stationId),
          eq(surveyAnswer.kind, 'visit'),
          gte(surveyAnswer.answeredOn, period.from),
          lte(surveyAnswer.answeredOn, period.to),
        ),
      )
    for (const a of answers.filter((x) => x.officerId !== null)) {
      const s = of(a.officerId as string).satisfaction ?? { responses: 0, satisfied: 0 }
      s.responses += 1
      if (a.score >= SURVEY_CONFIG.satisfiedFrom) s.satisfied += 1
      of(a.officerId as string).satisfaction = s
    }
  }
  return figures
}

/** Computes a station's computed items for a quarter: the rows to store and the statements that replace the old ones. */
export async function computeStationItems(env: Env, db: Db, stationId: string, quarter: string) {
  const card = await loadScorecard(db, stationId)
  const items = (card?.items ?? []).filter((i): i is typeof i & { source: Computable } => i.source !== 'rater')
  const sheets = await db
    .select({ officerId: scoreSheet.officerId })
    .from(scoreSheet)
    .where(and(eq(scoreSheet.stationId, stationId), eq(scoreSheet.quarter, quarter)))
  const figures = await gatherFigures(env, db, stationId, quarter, new Set(items.map((i) => i.source)))
  const computedAt = new Date().toISOString()
  const rows = sheets.flatMap((sheet) =>
    items.map((item) => {
      const { points, inputs } = computeItem(
        item.source,
        item.maxPoints,
        figures.get(sheet.officerId) ?? {},
        CYCLE_CONFIG.pointsPerOverdueDispute,
      )
      return {
        officerId: sheet.officerId,
        stationId,
        quarter,
        itemCode: item.code,
        points,
        inputs: JSON.stringify(inputs),
        computedAt,
      }
    }),
  )
  const statements: BatchItem<'sqlite'>[] = [
    db.delete(computedItem).where(and(eq(computedItem.stationId, stationId), eq(computedItem.quarter, quarter))),
  ]
  // D1 binds at most 100 parameters per statement: 7 columns → 14 rows per insert.
  for (let i = 0; i < rows.length; i += 14) statements.push(db.insert(computedItem).values(rows.slice(i, i + 14)))
  const answer: ComputedItems = {
    stationId,
    quarter,
    items: rows.map((r) => ({
      officerId: r.officerId,
      itemCode: r.itemCode,
      points: r.points,
      inputs: JSON.parse(r.inputs),
    })),
  }
  return { statements, answer }
}
