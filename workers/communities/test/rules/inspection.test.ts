import { describe, expect, it } from 'vitest'
import { fixRefusal, inspectionProblems } from '../../src/rules/inspection'

const checklist = ['people.guards', 'technical.cctv']

describe('an inspection checks each checklist item once; a failed item says what is wrong', () => {
  it.each([
    { why: 'every item passed', items: [{ code: 'people.guards', passed: true }], codes: [] },
    {
      why: 'a failed item with its finding (nearest pass)',
      items: [{ code: 'technical.cctv', passed: false, finding: '摄像头损坏' }],
      codes: [],
    },
    { why: 'an unknown item', items: [{ code: 'people.dogs', passed: true }], codes: ['unknown_item'] },
    {
      why: 'an item twice',
      items: [
        { code: 'people.guards', passed: true },
        { code: 'people.guards', passed: false, finding: 'x' },
      ],
      codes: ['duplicate_item'],
    },
    {
      why: 'a failed item without finding',
      items: [{ code: 'people.guards', passed: false }],
      codes: ['finding_required'],
    },
    {
      why: 'a failed item with an empty finding',
      items: [{ code: 'people.guards', passed: false, finding: '' }],
      codes: ['finding_required'],
    },
    {
      why: 'a passed item with a finding',
      items: [{ code: 'people.guards', passed: true, finding: 'x' }],
      codes: ['finding_not_allowed'],
    },
  ])('$why → $codes', ({ items, codes }) => {
    expect(inspectionProblems(items, checklist).map((p) => p.code)).toEqual(codes)
  })
})

describe('a finding is fixed once, between the day it was found and today', () => {
  it.each([
    { status: 'open', day: '2026-10-05', expected: null, why: 'fixed the day it was found' },
    { status: 'open', day: '2026-10-20', expected: null, why: 'fixed today' },
    { status: 'open', day: '2026-10-04', expected: 'before_found', why: 'a day before it was found' },
    { status: 'open', day: '2026-10-21', expected: 'future_day', why: 'tomorrow' },
    { status: 'fixed', day: '2026-10-10', expected: 'already_fixed', why: 'already fixed' },
  ] as const)('$why → $expected', ({ status, day, expected }) => {
    expect(fixRefusal({ status, foundOn: '2026-10-05' }, day, '2026-10-20')).toBe(expected)
  })
})
