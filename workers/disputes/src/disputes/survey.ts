import type { DisputeSurveyAnswer } from '@platform/contracts'
import { ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { asc, eq, isNull, sql } from 'drizzle-orm'
import { SURVEY_OUTBOX } from '../config'
import type { Db } from '../db'
import { type DisputeRow, disputeSurvey } from '../db/schema'
import { assessmentsOf } from '../peers'
import { checkSurvey } from '../rules/survey'

type SurveyRow = typeof disputeSurvey.$inferSelect
type Peers = Pick<Env, 'ASSESSMENTS'>

export const hasSurvey = async (db: Db, disputeId: string) =>
  (await db.select({ id: disputeSurvey.disputeId }).from(disputeSurvey).where(eq(disputeSurvey.disputeId, disputeId)))
    .length > 0

const answerOf = (row: SurveyRow): DisputeSurveyAnswer => ({
  disputeId: row.disputeId,
  stationId: row.stationId,
  communityId: row.communityId,
  score: row.score as DisputeSurveyAnswer['score'],
  answeredAt: row.answeredAt,
})

/**
 * Hands one kept answer to the assessments worker, which owns surveys, and marks it forwarded.
 * The assessments worker keeps the first answer per dispute, so forwarding again after a lost
 * reply records nothing twice. A failure leaves the answer in the outbox with one more attempt.
 */
export async function forwardSurvey(db: Db, env: Peers, row: SurveyRow): Promise<boolean> {
  try {
    await assessmentsOf(env).recordDisputeSurvey(answerOf(row))
  } catch (error) {
    console.error(JSON.stringify({ level: 'warn', peer: 'assessments', survey: row.disputeId, error: String(error) }))
    await db
      .update(disputeSurvey)
      .set({ attempts: sql`${disputeSurvey.attempts} + 1` })
      .where(eq(disputeSurvey.disputeId, row.disputeId))
    return false
  }
  await db
    .update(disputeSurvey)
    .set({ forwardedAt: new Date().toISOString(), attempts: row.attempts + 1 })
    .where(eq(disputeSurvey.disputeId, row.disputeId))
  return true
}

/**
 * Keeps the citizen's answer (one per dispute: the primary key refuses a second, even from two
 * requests at once), audited, then tries to forward it at once. Answers whether it was forwarded;
 * when not, it is in the outbox for the scheduled retry.
 */
export async function recordSurvey(
  db: Db,
  env: Peers,
  row: DisputeRow,
  score: number,
  requestId: string,
): Promise<{ forwarded: boolean }> {
  const refusal = checkSurvey(row, await hasSurvey(db, row.id))
  if (refusal) throw ruleBroken(refusal.code, refusal.message)
  const answer: SurveyRow = {
    disputeId: row.id,
    stationId: row.stationId,
    communityId: row.communityId,
    score,
    answeredAt: new Date().toISOString(),
    forwardedAt: null,
    attempts: 0,
  }
  try {
    await writeWithAudit(db, [db.insert(disputeSurvey).values(answer)], {
      actorId: 'public',
      action: 'dispute.survey',
      entity: 'dispute',
      entityId: row.id,
      requestId,
      after: { score },
    })
  } catch (error) {
    // Two answers at once: the second loses on the primary key and is told so.
    if (/UNIQUE|PRIMARY|dispute_survey/i.test(String((error as Error)?.message))) {
      throw ruleBroken('RULE_SURVEY_ANSWERED', 'This dispute was rated already: one answer per dispute')
    }
    throw error
  }
  return { forwarded: await forwardSurvey(db, env, answer) }
}

/** The scheduled retry: forwards what the assessments worker has not taken yet, oldest first. */
export async function forwardPendingSurveys(db: Db, env: Peers): Promise<{ forwarded: number; pending: number }> {
  const pending = await db
    .select()
    .from(disputeSurvey)
    .where(isNull(disputeSurvey.forwardedAt))
    .orderBy(asc(disputeSurvey.answeredAt))
    .limit(SURVEY_OUTBOX.batch)
  let forwarded = 0
  for (const row of pending) if (await forwardSurvey(db, env, row)) forwarded += 1
  return { forwarded, pending: pending.length - forwarded }
}
