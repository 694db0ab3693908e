import type { TaskEvidence, TaskItemStatus } from '@platform/contracts'

export type ItemState = {
  evidence: TaskEvidence
  target: number
  done: number
  note: string | null
  checked: readonly number[]
  /** Positions of the template's checklist (empty without one). */
  checklist: readonly number[]
}

/**
 * Whether the evidence a task asks for is there: the count reaching the standard; a written note;
 * or every checklist item ticked with the count reached (a "three fives" check of 3 key units
 * ticks the list and counts 3).
 */
export function taskStatus(item: ItemState): TaskItemStatus {
  switch (item.evidence) {
    case 'count':
      return item.done >= item.target ? 'done' : 'open'
    case 'note':
      return item.note !== null && item.note.trim() !== '' ? 'done' : 'open'
    case 'checklist': {
      const ticked = new Set(item.checked)
      const all = item.checklist.length > 0 && item.checklist.every((position) => ticked.has(position))
      return all && item.done >= item.target ? 'done' : 'open'
    }
  }
}

/** Open and past its due date (both Beijing calendar dates). */
export const isOverdue = (status: TaskItemStatus, dueDate: string, today: string) =>
  status === 'open' && dueDate < today

export type ProgressRefusal = { rule: `RULE_${string}`; message: string; details?: Record<string, unknown> }

/**
 * Progress on an item is refused before its period begins (nothing to report yet), and ticks
 * are refused when the task has no checklist or a position is not on it.
 */
export function checkProgress(
  item: { periodStart: string; evidence: TaskEvidence; checklist: readonly number[] },
  checked: readonly number[] | undefined,
  today: string,
): ProgressRefusal | null {
  if (item.periodStart > today)
    return {
      rule: 'RULE_TASK_NOT_STARTED',
      message: `The task's period begins on ${item.periodStart}`,
      details: { periodStart: item.periodStart },
    }
  if (checked === undefined || checked.length === 0) return null
  if (item.evidence !== 'checklist')
    return { rule: 'RULE_CHECKLIST_ITEM', message: 'This task has no checklist to tick' }
  const unknown = checked.filter((position) => !item.checklist.includes(position))
  if (unknown.length > 0)
    return {
      rule: 'RULE_CHECKLIST_ITEM',
      message: 'A ticked item is not on the task’s checklist',
      details: { positions: unknown },
    }
  return null
}
