import type { DisputeSurveyAnswer, FiguresPeriod, SatisfactionFigure } from '@platform/contracts'
import { writeWithAudit } from '@platform/server-kit'
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm'
import { SURVEY_CONFIG } from '../config'
import type { Db } from '../db'
import { survey, surveyAnswer } from '../db/schema'
import { newId } from '../new-id'
import { rateOf, summariseSatisfaction } from '../rules/satisfaction'

type Period = { from?: string | undefined; to?: string | undefined; stationId?: string | undefined }

const inPeriod = (period: Period) =>
  and(
    period.from ? gte(surveyAnswer.answeredOn, period.from) : undefined,
    period.to ? lte(surveyAnswer.answeredOn, period.to) : undefined,
    period.stationId ? eq(surveyAnswer.stationId, period.stationId) : undefined,
  )

/** The survey definitions, in kind order. */
export async function listSurveys(db: Db) {
  const rows = await db.select().from(survey).orderBy(asc(survey.kind))
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: { zh: r.nameZh, en: r.nameEn },
    question: { zh: r.questionZh, en: r.questionEn },
  }))
}

/** One figure over a period (RPC for the district and station figures; scorecards). */
export async function satisfactionFigure(db: Db, period: FiguresPeriod): Promise<SatisfactionFigure> {
  const [row] = await db
    .select({
      responses: sql<number>`count(*)`,
      satisfied: sql<number>`coalesce(sum(case when ${surveyAnswer.score} >= ${SURVEY_CONFIG.satisfiedFrom} then 1 else 0 end), 0)`,
    })
    .from(surveyAnswer)
    .where(inPeriod(period))
  const responses = Number(row?.responses ?? 0)
  const satisfied = Number(row?.satisfied ?? 0)
  return { stationId: period.stationId ?? null, responses, satisfied, rate: rateOf(responses, satisfied) }
}

/** The district, each station and each community over a period. */
export async function satisfactionBreakdown(db: Db, period: Period) {
  const answers = await db
    .select({ stationId: surveyAnswer.stationId, communityId: surveyAnswer.communityId, score: surveyAnswer.score })
    .from(surveyAnswer)
    .where(inPeriod(period))
  return summariseSatisfaction(answers, SURVEY_CONFIG.satisfiedFrom)
}

const isDuplicateDispute = (err: unknown) =>
  /UNIQUE constraint failed: survey_answer\.dispute_id/i.test(String((err as Error)?.message ?? err))

/** A citizen's answer after the dispute closed: one per dispute, a second keeps the first (false). */
export async function recordDisputeSurvey(db: Db, answer: DisputeSurveyAnswer): Promise<{ recorded: boolean }> {
  // Another worker calls this: its input is checked like a request body (no schema on RPC).
  if (!Number.isInteger(answer.score) || answer.score < 1 || answer.score > 5)
    throw new RangeError('a survey score is 1..5')
  if (!/^\d{4}-\d{2}-\d{2}/.test(answer.answeredAt) || !answer.disputeId || !answer.stationId)
    throw new RangeError('a dispute survey answer needs the dispute, the station and the day')
  const [existing] = await db
    .select({ id: surveyAnswer.id })
    .from(surveyAnswer)
    .where(eq(surveyAnswer.disputeId, answer.disputeId))
    .limit(1)
  if (existing) return { recorded: false }
  const id = newId()
  try {
    await writeWithAudit(
      db,
      [
        db.insert(surveyAnswer).values({
          id,
          kind: 'dispute',
          stationId: answer.stationId,
          communityId: answer.communityId,
          disputeId: answer.disputeId,
          officerId: null,
          score: answer.score,
          answeredOn: answer.answeredAt.slice(0, 10),
          recordedAt: new Date().toISOString(),
        }),
      ],
      // The disputes worker hands it over RPC: the actor is that worker, not a person.
      {
        actorId: 'worker:disputes',
        action: 'survey.dispute',
        entity: 'survey_answer',
        entityId: id,
        requestId: `rpc-${id}`,
      },
    )
  } catch (err) {
    if (isDuplicateDispute(err)) return { recorded: false }
    throw err
  }
  return { recorded: true }
}
