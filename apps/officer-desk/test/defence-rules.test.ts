import type { DutyProblem } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { beijingToday } from '../src/components/beijing-time'
import { addDays, daysFrom, earlier, reportWindow, weekdayName } from '../src/defence/days'
import { handoverState } from '../src/defence/handover'
import {
  checkReport,
  errorsFromApi,
  type ReportDraft,
  reportBody,
  suggestedHandover,
} from '../src/defence/report-rules'
import { checkShop, closedDaysError, nextPosition } from '../src/defence/shop-rules'

const today = '2026-11-28'
const valid: ReportDraft = {
  date: today,
  shopIds: ['s1', 's2'],
  patrolDone: true,
  problems: [{ kind: 'safety_hazard', description: '消防通道堆放杂物', handover: 'task' }],
}

describe('the duty report form checks what the API checks, on the field', () => {
  it.each([
    { why: 'a full report', patch: {}, errors: {} },
    { why: 'today (nearest pass to a day to come)', patch: { date: today }, errors: {} },
    { why: 'a report without problems', patch: { problems: [] }, errors: {} },
    { why: 'four shops (nearest pass)', patch: { shopIds: ['a', 'b', 'c', 'd'] }, errors: {} },
    { why: 'a day to come', patch: { date: '2026-11-29' }, errors: { date: 'futureDay' } },
    { why: 'no day', patch: { date: '' }, errors: { date: 'required' } },
    { why: 'a malformed day', patch: { date: '28/11/2026' }, errors: { date: 'day' } },
    { why: 'no shop', patch: { shopIds: [] }, errors: { shops: 'noShop' } },
    { why: 'five shops', patch: { shopIds: ['a', 'b', 'c', 'd', 'e'] }, errors: { shops: 'tooManyShops' } },
    {
      why: 'a problem without kind or words',
      patch: { problems: [{ kind: '' as const, description: '  ', handover: 'none' as const }] },
      errors: { 'problems.0.kind': 'required', 'problems.0.description': 'required' },
    },
    {
      why: 'a description over 500 characters',
      patch: { problems: [{ kind: 'other' as const, description: 'x'.repeat(501), handover: 'none' as const }] },
      errors: { 'problems.0.description': 'tooLong' },
    },
    {
      why: 'a description of exactly 500 characters (nearest pass)',
      patch: { problems: [{ kind: 'other' as const, description: 'x'.repeat(500), handover: 'none' as const }] },
      errors: {},
    },
  ])('$why', ({ patch, errors }) => {
    expect(checkReport({ ...valid, ...patch }, today)).toEqual(errors)
  })

  it('sends the problems trimmed, without the hand-over choice (a second step per problem)', () => {
    const body = reportBody({
      ...valid,
      problems: [{ kind: 'dispute', description: ' 争吵 ', handover: 'dispute_lead' }],
    })
    expect(body).toEqual({
      date: today,
      shopIds: ['s1', 's2'],
      patrolDone: true,
      problems: [{ kind: 'dispute', description: '争吵' }],
    })
  })

  it('puts the API’s 400 fields on the form’s fields', () => {
    expect(
      errorsFromApi([
        { path: 'date', code: 'future_day' },
        { path: 'shopIds.1', code: 'unknown_shop' },
        { path: 'problems.0.description', code: 'too_big' },
      ]),
    ).toEqual({ date: 'futureDay', shops: 'unknownShop', 'problems.0.description': 'tooLong' })
  })

  it.each([
    ['dispute', 'dispute_lead'],
    ['safety_hazard', 'task'],
    ['suspicious', 'task'],
    ['', 'none'],
  ] as const)('suggests handing a %s over as %s', (kind, to) => {
    expect(suggestedHandover(kind)).toBe(to)
  })
})

const problem = (patch: Partial<DutyProblem>): DutyProblem => ({
  id: 'p1',
  reportId: 'r1',
  kind: 'safety_hazard',
  description: 'x',
  escalation: 'none',
  status: 'none',
  officerId: null,
  gridId: null,
  taskId: null,
  disputeId: null,
  disputeReference: null,
  handoverFailure: null,
  ...patch,
})

describe('a problem’s hand-over reads as the worker recorded it', () => {
  it.each([
    { why: 'not handed over', patch: {}, state: { step: 'open' } },
    {
      why: 'a task the officers worker took',
      patch: { escalation: 'task', status: 'sent', taskId: 't1' },
      state: { step: 'sent', to: 'task', reference: 't1' },
    },
    {
      why: 'a lead the disputes side recorded',
      patch: { escalation: 'dispute_lead', status: 'sent', disputeReference: 'QH-2026-ABC123' },
      state: { step: 'sent', to: 'dispute_lead', reference: 'QH-2026-ABC123' },
    },
    {
      why: 'a task the grid had nobody for',
      patch: { escalation: 'task', status: 'requested', handoverFailure: 'no_officer' },
      state: { step: 'requested', to: 'task', reason: 'no_officer' },
    },
    {
      why: 'a lead the disputes side did not answer in time',
      patch: { escalation: 'dispute_lead', status: 'requested', handoverFailure: 'timeout' },
      state: { step: 'requested', to: 'dispute_lead', reason: 'timeout' },
    },
    {
      why: 'one asked for and not sent yet, with nothing failed on record',
      patch: { escalation: 'task', status: 'requested' },
      state: { step: 'requested', to: 'task', reason: null },
    },
    { why: 'a closed one', patch: { escalation: 'task', status: 'closed' }, state: { step: 'closed', to: 'task' } },
  ] as const)('$why', ({ patch, state }) => {
    expect(handoverState(problem(patch as Partial<DutyProblem>))).toEqual(state)
  })
})

describe('shop edits: never closed all week, names in both languages, next in the turn order', () => {
  it.each([
    [[], null],
    [[1, 2, 3, 4, 5, 6], null],
    [[1, 2, 3, 4, 5, 6, 7], 'alwaysClosed'],
  ] as const)('closed on %j → %s', (days, error) => {
    expect(closedDaysError(days)).toBe(error)
  })

  it.each([
    { draft: { nameZh: '甲店', nameEn: 'Shop A', closedWeekdays: [7] }, errors: {} },
    { draft: { nameZh: ' ', nameEn: 'Shop A', closedWeekdays: [] }, errors: { nameZh: 'required' } },
    { draft: { nameZh: '甲店', nameEn: 'x'.repeat(121), closedWeekdays: [] }, errors: { nameEn: 'tooLongName' } },
    {
      draft: { nameZh: '甲店', nameEn: 'Shop A', closedWeekdays: [1, 2, 3, 4, 5, 6, 7] },
      errors: { closedWeekdays: 'alwaysClosed' },
    },
  ])('checks $draft.nameEn closed on $draft.closedWeekdays', ({ draft, errors }) => {
    expect(checkShop(draft)).toEqual(errors)
  })

  it('puts a new shop after the last one, and first in an empty group', () => {
    expect(nextPosition([{ position: 3 }, { position: 0 }, { position: 7 }])).toBe(8)
    expect(nextPosition([])).toBe(0)
  })
})

describe('days are counted in Beijing time, as the worker counts them', () => {
  it('is already tomorrow in Beijing at 16:00 UTC', () => {
    expect(beijingToday(Date.UTC(2026, 10, 28, 15, 59))).toBe('2026-11-28')
    expect(beijingToday(Date.UTC(2026, 10, 28, 16, 0))).toBe('2026-11-29')
  })

  it('crosses months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(daysFrom('2026-11-29', 3)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01'])
  })

  it('names ISO weekdays (1 = Monday) in the reader’s language', () => {
    expect(weekdayName(1, 'en')).toBe('Monday')
    expect(weekdayName(7, 'en')).toBe('Sunday')
    expect(weekdayName(1, 'zh-CN')).toBe('星期一')
  })
})

describe('a group’s reports are listed 30 days at a time', () => {
  it.each([
    { to: undefined, window: { from: '2026-10-31', to: '2026-11-29' } },
    { to: '2026-10-31', window: { from: '2026-10-02', to: '2026-10-31' } },
    { to: '2026-11-29', window: { from: '2026-10-31', to: '2026-11-29' } },
    { to: '2026-11-30', window: { from: '2026-10-31', to: '2026-11-29' } },
    { to: 'yesterday', window: { from: '2026-10-31', to: '2026-11-29' } },
  ])('ending $to (a day to come or malformed: today)', ({ to, window }) => {
    expect(reportWindow(to, '2026-11-29')).toEqual(window)
  })

  it('goes back a window at a time without a gap', () => {
    const now = reportWindow(undefined, '2026-11-29')
    const before = reportWindow(earlier(now), '2026-11-29')
    expect(addDays(before.to, 1)).toBe(now.from)
  })
})
