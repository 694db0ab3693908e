import type { Checklist, TaskCadence, TaskItem } from '@platform/contracts'
import type { AuditEntry } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit'
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm'
import type { Db } from '../db'
import { checklist, checklistItem, taskItem, taskTemplate } from '../db/schema'
import { newId } from '../new-id'
import { isOverdue } from '../rules/task-completion'
import { type Period, periodsIn } from '../rules/task-periods'
import { makesItemsFor } from '../rules/template-versions'

/** An officer as far as task lists care: where, and whether dedicated (most templates are for them). */
export type Holder = { id: string; stationId: string; dedicated: boolean }

type Template = typeof taskTemplate.$inferSelect

/** Active templates of these stations and the branch-wide ones. */
function activeTemplates(db: Db, stationIds: string[]) {
  return db
    .select()
    .from(taskTemplate)
    .where(
      and(
        eq(taskTemplate.active, true),
        or(isNull(taskTemplate.stationId), stationIds.length ? inArray(taskTemplate.stationId, stationIds) : undefined),
      ),
    )
}

const appliesTo = (template: Template, holder: Holder) =>
  (template.stationId === null || template.stationId === holder.stationId) &&
  (!template.dedicatedOnly || holder.dedicated)

// D1 binds at most 100 parameters per statement: 13 columns a row → 7 rows per insert.
const ROWS_PER_INSERT = 7
const HOLDERS_PER_READ = 50

const chunk = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/**
 * Makes the officers' list items of the given cadences for every period overlapping [from, to]
 * that is still missing. Idempotent: existing items are skipped and the unique index (officer,
 * template, period start) turns a concurrent duplicate into nothing. Returns how many were made.
 */
export async function ensureLists(
  db: Db,
  holders: readonly Holder[],
  cadences: readonly TaskCadence[],
  window: { from: string; to: string },
  audit: Pick<AuditEntry, 'actorId' | 'requestId'>,
): Promise<number> {
  if (holders.length === 0) return 0
  const templates = (await activeTemplates(db, [...new Set(holders.map((h) => h.stationId))])).filter((t) =>
    cadences.includes(t.cadence),
  )
  if (templates.length === 0) return 0
  const periods = new Map<TaskCadence, Period[]>(
    cadences.map((cadence) => [cadence, periodsIn(cadence, window.from, window.to)]),
  )
  let made = 0
  for (const group of chunk(holders, HOLDERS_PER_READ)) {
    const wanted = group.flatMap((holder) =>
      templates
        .filter((template) => appliesTo(template, holder))
        .flatMap((template) =>
          (periods.get(template.cadence) ?? [])
            .filter((period) => makesItemsFor(template, period))
            .map((period) => ({ holder, template, period })),
        ),
    )
    if (wanted.length === 0) continue
    const starts = wanted.map((w) => w.period.start).sort()
    const existing = await db
      .select({ officerId: taskItem.officerId, templateId: taskItem.templateId, periodStart: taskItem.periodStart })
      .from(taskItem)
      .where(
        and(
          inArray(
            taskItem.officerId,
            group.map((h) => h.id),
          ),
          gte(taskItem.periodStart, starts[0] as string),
          lte(taskItem.periodStart, starts[starts.length - 1] as string),
        ),
      )
    const have = new Set(existing.map((row) => `${row.officerId}/${row.templateId}/${row.periodStart}`))
    const now = new Date().toISOString()
    const missing = wanted
      .filter((w) => !have.has(`${w.holder.id}/${w.template.id}/${w.period.start}`))
      .map((w) => ({
        id: newId(),
        officerId: w.holder.id,
        stationId: w.holder.stationId,
        templateId: w.template.id,
        periodStart: w.period.start,
        periodEnd: w.period.end,
        target: w.template.target,
        done: 0,
        note: null,
        checked: '[]',
        status: 'open' as const,
        completedAt: null,
        updatedAt: now,
      }))
    if (missing.length === 0) continue
    await writeWithAudit(
      db,
      chunk(missing, ROWS_PER_INSERT).map((rows) => db.insert(taskItem).values(rows).onConflictDoNothing()),
      {
        ...audit,
        action: 'task.list.generate',
        entity: 'task_list',
        entityId: group.length === 1 ? (group[0] as Holder).id : `${group.length} officers`,
        after: { items: missing.length, from: window.from, to: window.to, cadences },
      },
    )
    made += missing.length
  }
  return made
}

/** Checklists with their items, by id. */
export async function loadChecklists(db: Db, where?: SQL): Promise<Map<string, Checklist>> {
  const lists = await db.select().from(checklist).where(where).orderBy(asc(checklist.code))
  if (lists.length === 0) return new Map()
  const items = await db
    .select()
    .from(checklistItem)
    .where(
      inArray(
        checklistItem.checklistId,
        lists.map((l) => l.id),
      ),
    )
    .orderBy(asc(checklistItem.checklistId), asc(checklistItem.position))
  return new Map(
    lists.map((list) => [
      list.id,
      {
        id: list.id,
        stationId: list.stationId,
        code: list.code,
        title: { zh: list.titleZh, en: list.titleEn },
        subject: list.subject,
        items: items
          .filter((item) => item.checklistId === list.id)
          .map((item) => ({ position: item.position, text: { zh: item.textZh, en: item.textEn } })),
      },
    ]),
  )
}

/**
 * List items with their template, filtered by `where` (on task_item / task_template columns), in
 * due order; `limit` keeps the latest due ones.
 */
export async function selectItems(db: Db, where: SQL | undefined, limit?: number) {
  const query = db
    .select({ item: taskItem, template: taskTemplate })
    .from(taskItem)
    .innerJoin(taskTemplate, eq(taskTemplate.id, taskItem.templateId))
    .where(where)
  if (limit === undefined)
    return query.orderBy(asc(taskItem.periodEnd), asc(taskTemplate.cadence), asc(taskTemplate.titleEn))
  const latest = await query
    .orderBy(desc(taskItem.periodEnd), asc(taskTemplate.cadence), asc(taskTemplate.titleEn))
    .limit(limit)
  return latest.reverse()
}

export type ItemRow = Awaited<ReturnType<typeof selectItems>>[number]

export function parseChecked(json: string): number[] {
  try {
    const value = JSON.parse(json)
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : []
  } catch {
    return []
  }
}

/** The API's shape of a list item, with its overdue state as of `today`. */
export function toTaskItem(row: ItemRow, checklists: Map<string, Checklist>, today: string): TaskItem {
  const { item, template } = row
  return {
    id: item.id,
    officerId: item.officerId,
    templateId: template.id,
    kind: template.kind,
    cadence: template.cadence,
    title: { zh: template.titleZh, en: template.titleEn },
    unit: { zh: template.unitZh, en: template.unitEn },
    evidence: template.evidence,
    periodStart: item.periodStart,
    periodEnd: item.periodEnd,
    dueDate: item.periodEnd,
    target: item.target,
    done: item.done,
    note: item.note,
    checked: parseChecked(item.checked),
    checklist: template.checklistId === null ? null : (checklists.get(template.checklistId) ?? null),
    status: item.status,
    overdue: isOverdue(item.status, item.periodEnd, today),
    completedAt: item.completedAt,
  }
}

/** The items' API shapes, with the checklists they refer to loaded once. */
export async function toTaskItems(db: Db, rows: ItemRow[], today: string): Promise<TaskItem[]> {
  const ids = [...new Set(rows.map((r) => r.template.checklistId).filter((id): id is string => id !== null))]
  const checklists = ids.length ? await loadChecklists(db, inArray(checklist.id, ids)) : new Map()
  return rows.map((row) => toTaskItem(row, checklists, today))
}

/** Due, done and overdue among items. */
export function progressOf(items: readonly TaskItem[]) {
  return {
    due: items.length,
    done: items.filter((i) => i.status === 'done').length,
    overdue: items.filter((i) => i.overdue).length,
  }
}
