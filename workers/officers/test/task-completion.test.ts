import { describe, expect, it } from 'vitest'
import { checkProgress, type ItemState, isOverdue, taskStatus } from '../src/rules/task-completion'

const count = { evidence: 'count', target: 30, done: 0, note: null, checked: [], checklist: [] } satisfies ItemState
const note = { ...count, evidence: 'note', target: 1 } satisfies ItemState
const list = { ...count, evidence: 'checklist', target: 1, checklist: [1, 2, 3, 4] } satisfies ItemState

describe('a task is done when its evidence is there', () => {
  it.each([
    { why: '29 of 30 households visited (breaks)', item: { ...count, done: 29 }, status: 'open' },
    { why: '30 of 30 households visited (nearest that passes)', item: { ...count, done: 30 }, status: 'done' },
    { why: '31 of 30 households visited', item: { ...count, done: 31 }, status: 'done' },
    { why: 'a summary without a note', item: note, status: 'open' },
    { why: 'a summary with a blank note', item: { ...note, note: '   ' }, status: 'open' },
    { why: 'a summary with a note', item: { ...note, note: 'Met the building managers' }, status: 'done' },
    { why: 'three of four checklist items ticked', item: { ...list, done: 1, checked: [1, 2, 3] }, status: 'open' },
    { why: 'all four ticked', item: { ...list, done: 1, checked: [1, 2, 3, 4] }, status: 'done' },
    {
      why: 'all ticked but the count short',
      item: { ...list, target: 3, done: 2, checked: [1, 2, 3, 4] },
      status: 'open',
    },
    { why: 'a checklist task whose checklist is empty', item: { ...list, checklist: [], done: 1 }, status: 'open' },
  ] as const)('$why → $status', ({ item, status }) => {
    expect(taskStatus(item)).toBe(status)
  })
})

describe('a task is overdue when open past its due date (Asia/Shanghai dates)', () => {
  it.each([
    { status: 'open', due: '2026-11-27', today: '2026-11-28', overdue: true },
    { status: 'open', due: '2026-11-28', today: '2026-11-28', overdue: false },
    { status: 'done', due: '2026-11-27', today: '2026-11-28', overdue: false },
  ] as const)('$status, due $due, on $today → $overdue', ({ status, due, today, overdue }) => {
    expect(isOverdue(status, due, today)).toBe(overdue)
  })
})

describe('progress on a task', () => {
  const item = { periodStart: '2026-11-28', evidence: 'checklist' as const, checklist: [1, 2, 3] }

  it.each([
    {
      why: 'its period begins tomorrow',
      item: { ...item, periodStart: '2026-11-29' },
      checked: undefined,
      rule: 'RULE_TASK_NOT_STARTED',
    },
    { why: 'its period begins today', item, checked: undefined, rule: null },
    { why: 'a position not on the checklist', item, checked: [1, 4], rule: 'RULE_CHECKLIST_ITEM' },
    { why: 'positions on the checklist', item, checked: [1, 3], rule: null },
    {
      why: 'ticks on a task without a checklist',
      item: { ...item, evidence: 'count' as const, checklist: [] },
      checked: [1],
      rule: 'RULE_CHECKLIST_ITEM',
    },
    {
      why: 'no ticks on a task without a checklist',
      item: { ...item, evidence: 'count' as const, checklist: [] },
      checked: [],
      rule: null,
    },
  ])('$why → $rule', ({ item, checked, rule }) => {
    expect(checkProgress(item, checked, '2026-11-28')?.rule ?? null).toBe(rule)
  })
})
