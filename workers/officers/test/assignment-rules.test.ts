import { describe, expect, it } from 'vitest'
import { stationRules } from '../src/config'
import { type AssignmentFacts, checkAssignment, type ExceptionFacts } from '../src/rules/assignment-rules'

const dedicated = { id: 'officer-1', dedicated: true }
const notDedicated = { id: 'officer-2', dedicated: false }
const station = stationRules(undefined)
const today = '2026-11-28'
// Monday 30 Nov 2026, 09:00–17:00 in Beijing.
const when = { start: '2026-11-30T09:00:00+08:00', end: '2026-11-30T17:00:00+08:00' }
const task = (facts: Partial<AssignmentFacts> & Pick<AssignmentFacts, 'kind'>): AssignmentFacts => ({
  ...when,
  ...facts,
})

const exception = (facts: Partial<ExceptionFacts> = {}): ExceptionFacts => ({
  id: 'exception-1',
  officerId: dedicated.id,
  status: 'approved',
  startDate: '2026-11-30',
  endDate: '2026-12-06',
  expiresOn: '2026-12-06',
  ...facts,
})

const verdict = (
  officer: typeof dedicated,
  facts: AssignmentFacts,
  exceptions: ExceptionFacts[] = [],
  on = today,
  rules = station,
) => {
  const result = checkAssignment(officer, facts, exceptions, rules, on)
  return result.allowed ? 'allowed' : result.rule
}

describe('the four prohibitions for a dedicated officer', () => {
  it.each([
    { case: 'patrol-car duty', facts: task({ kind: 'patrol_car' }), expected: 'RULE_NO_PATROL_CAR' },
    {
      case: 'a case at administrative detention',
      facts: task({ kind: 'case_handling', caseLevel: 'administrative_detention' }),
      expected: 'RULE_NO_CASE_WORK',
    },
    {
      case: 'a criminal case',
      facts: task({ kind: 'case_handling', caseLevel: 'criminal' }),
      expected: 'RULE_NO_CASE_WORK',
    },
    {
      case: 'a minor case that comes with a case quota',
      facts: task({ kind: 'case_handling', caseLevel: 'warning', caseQuota: 1 }),
      expected: 'RULE_NO_CASE_WORK',
    },
    {
      case: 'a case whose level is not given',
      facts: task({ kind: 'case_handling' }),
      expected: 'RULE_NO_CASE_WORK',
    },
    {
      case: 'routine duty without an exception',
      facts: task({ kind: 'routine_duty' }),
      expected: 'RULE_NO_ROUTINE_DUTY',
    },
    {
      case: 'a station security check (listed by the station)',
      facts: task({ kind: 'station_security_check' }),
      expected: 'RULE_NO_STATION_SECURITY_CHECK',
    },
  ])('refuses $case with $expected', ({ facts, expected }) => {
    expect(verdict(dedicated, facts)).toBe(expected)
  })

  it.each([
    { case: 'level-1 reinforced duty', facts: task({ kind: 'level1_reinforced_duty' }) },
    { case: 'a community task', facts: task({ kind: 'community_task' }) },
    {
      case: 'a case below administrative detention (a fine)',
      facts: task({ kind: 'case_handling', caseLevel: 'fine' }),
    },
    {
      case: 'a warning-level case with a zero quota',
      facts: task({ kind: 'case_handling', caseLevel: 'warning', caseQuota: 0 }),
    },
  ])('allows $case (the nearest case that passes)', ({ facts }) => {
    expect(verdict(dedicated, facts)).toBe('allowed')
  })
})

describe('routine duty under a duty exception', () => {
  it.each([
    { case: 'an approved exception covering the dates', exceptions: [exception()], on: today, expected: 'allowed' },
    {
      case: 'an exception that expires today (still valid today)',
      exceptions: [exception({ expiresOn: '2026-11-28', endDate: '2026-11-30' })],
      on: '2026-11-28',
      expected: 'allowed',
    },
    {
      case: 'an exception that expired yesterday',
      exceptions: [exception({ expiresOn: '2026-11-27', endDate: '2026-11-30' })],
      on: '2026-11-28',
      expected: 'RULE_NO_ROUTINE_DUTY',
    },
    {
      case: 'an exception still waiting for the branch',
      exceptions: [exception({ status: 'requested' })],
      on: today,
      expected: 'RULE_NO_ROUTINE_DUTY',
    },
    {
      case: 'a rejected exception',
      exceptions: [exception({ status: 'rejected' })],
      on: today,
      expected: 'RULE_NO_ROUTINE_DUTY',
    },
    {
      case: 'an exception that starts the day after the duty',
      exceptions: [exception({ startDate: '2026-12-01' })],
      on: today,
      expected: 'RULE_NO_ROUTINE_DUTY',
    },
    {
      case: 'an exception that ends on the duty day (the nearest date that covers)',
      exceptions: [exception({ endDate: '2026-11-30' })],
      on: today,
      expected: 'allowed',
    },
    {
      case: "another officer's exception",
      exceptions: [exception({ officerId: 'officer-9' })],
      on: today,
      expected: 'RULE_NO_ROUTINE_DUTY',
    },
  ])('$case → $expected', ({ exceptions, on, expected }) => {
    expect(verdict(dedicated, task({ kind: 'routine_duty' }), exceptions, on)).toBe(expected)
  })

  it('counts the days in Beijing: a duty ending at midnight does not reach the next day', () => {
    const overnight = task({
      kind: 'routine_duty',
      start: '2026-11-30T16:00:00+08:00',
      end: '2026-12-01T00:00:00+08:00',
    })
    expect(verdict(dedicated, overnight, [exception({ endDate: '2026-11-30' })])).toBe('allowed')
    const pastMidnight = { ...overnight, end: '2026-12-01T00:30:00+08:00' }
    expect(verdict(dedicated, pastMidnight, [exception({ endDate: '2026-11-30' })])).toBe('RULE_NO_ROUTINE_DUTY')
  })

  it('uses only the exception named when the assignment names one', () => {
    const facts = task({ kind: 'routine_duty', exceptionId: 'exception-2' })
    expect(verdict(dedicated, facts, [exception()])).toBe('RULE_NO_ROUTINE_DUTY')
    expect(verdict(dedicated, facts, [exception(), exception({ id: 'exception-2' })])).toBe('allowed')
  })

  it('records which exception allowed the duty', () => {
    expect(checkAssignment(dedicated, task({ kind: 'routine_duty' }), [exception()], station, today)).toEqual({
      allowed: true,
      exceptionId: 'exception-1',
    })
  })
})

describe('station-listed exclusions', () => {
  it('follows the station list: a station that lists nothing lets a security check through', () => {
    const none = stationRules({ communityShareTarget: null, exceptionHeads: null, excludedKinds: '[]' })
    expect(verdict(dedicated, task({ kind: 'station_security_check' }), [], today, none)).toBe('allowed')
  })

  it('names the rule after the kind a station lists', () => {
    const more = stationRules({
      communityShareTarget: null,
      exceptionHeads: null,
      excludedKinds: '["level1_reinforced_duty"]',
    })
    expect(verdict(dedicated, task({ kind: 'level1_reinforced_duty' }), [], today, more)).toBe(
      'RULE_NO_LEVEL1_REINFORCED_DUTY',
    )
  })
})

describe('officers who are not dedicated', () => {
  it.each([
    task({ kind: 'patrol_car' }),
    task({ kind: 'routine_duty' }),
    task({ kind: 'case_handling', caseLevel: 'criminal', caseQuota: 5 }),
    task({ kind: 'station_security_check' }),
  ])('are not bound by the prohibitions ($kind)', (facts) => {
    expect(verdict(notDedicated, facts)).toBe('allowed')
  })
})
