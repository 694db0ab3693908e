import { type DutyTaskCreated, type DutyTaskHandover, Id } from '@platform/contracts'
import { runIdempotent, writeWithAudit } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import { BRANCH_RULES } from '../config'
import type { Db } from '../db'
import { officer, taskItem, taskTemplate } from '../db/schema'
import { newId } from '../new-id'
import { addDays, localDate } from '../rules/shanghai-time'

/** Who asks: the communities worker, on behalf of the joint-defence group that reported the problem. */
export const HANDOVER_AUTHOR = 'system:communities'
const CALLER = HANDOVER_AUTHOR
const OPERATION = 'task.from_duty_problem'
// The hand-over id must keep answering with the same task for as long as a retry can come: the
// stored answer of the idempotency table is kept far longer than a request's default day.
const KEEP_MS = 10 * 365 * 24 * 60 * 60 * 1000
const TITLE_MAX = 200

const clip = (text: string) => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text)

/**
 * A special task in one officer's list for a problem found on joint-defence duty. Its own
 * template (kind `special`, inactive so list generation never copies it to anyone else) and the
 * list item are written in one batch with the audit row and the idempotency record keyed by the
 * hand-over id: a retry — after a failure or a timeout on the caller's side — answers the same
 * task and creates nothing.
 */
export async function taskFromDutyProblem(db: Db, handover: DutyTaskHandover): Promise<DutyTaskCreated> {
  if (!Id.safeParse(handover.handoverId).success) throw new Error('handoverId must be an opaque id')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(handover.reportedOn)) throw new Error('reportedOn must be a day (YYYY-MM-DD)')
  const answer = await runIdempotent(
    db,
    {
      caller: CALLER,
      operation: OPERATION,
      key: handover.handoverId,
      body: { handoverId: handover.handoverId },
      ttlMs: KEEP_MS,
    },
    async (remember) => {
      const [holder] = await db
        .select({ id: officer.id, stationId: officer.stationId })
        .from(officer)
        .where(eq(officer.id, handover.officerId))
        .limit(1)
      // The caller keeps the hand-over `requested` with this reason and may send it to another officer.
      if (!holder) throw new Error(`No officer ${handover.officerId}`)
      const now = new Date()
      const today = localDate(now.getTime())
      const summary = handover.summary.trim()
      const template = {
        id: newId(),
        stationId: holder.stationId,
        kind: 'special' as const,
        cadence: 'daily' as const,
        titleZh: clip(`联防发现问题（${handover.reportedOn}）：${summary}`),
        titleEn: clip(`Problem found on joint-defence duty (${handover.reportedOn}): ${summary}`),
        target: 1,
        unitZh: '项',
        unitEn: 'item',
        // What the officer did about it is the evidence.
        evidence: 'note' as const,
        checklistId: null,
        dedicatedOnly: false,
        active: false,
        createdBy: CALLER,
        createdAt: now.toISOString(),
      }
      const item = {
        id: newId(),
        officerId: holder.id,
        stationId: holder.stationId,
        templateId: template.id,
        periodStart: today,
        periodEnd: addDays(today, BRANCH_RULES.dutyProblemDueDays),
        target: 1,
        done: 0,
        note: null,
        checked: '[]',
        status: 'open' as const,
        completedAt: null,
        updatedAt: now.toISOString(),
      }
      const stored = { status: 201, body: { taskId: item.id } }
      await writeWithAudit(
        db,
        [...(await remember(stored)), db.insert(taskTemplate).values(template), db.insert(taskItem).values(item)],
        {
          actorId: CALLER,
          action: OPERATION,
          entity: 'task_item',
          entityId: item.id,
          requestId: `handover-${handover.handoverId}`,
          after: { ...item, handoverId: handover.handoverId, gridId: handover.gridId, templateId: template.id },
        },
      )
      return stored
    },
  )
  return answer.body as DutyTaskCreated
}
