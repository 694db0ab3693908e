import type { Actor } from '@platform/auth'
import { describe, expect, it } from 'vitest'
import { disputeDeadlines } from '../src/config'
import { addWorkingDays, deadlineFor, isDueSoon, isOverdue } from '../src/rules/deadlines'
import { contactKeys, isDuplicateCandidate } from '../src/rules/duplicates'
import { checkClose, checkPause, checkReopen, checkResume, dueAfterPause } from '../src/rules/handling'
import { holdsDispute } from '../src/rules/holds'
import { maskName, maskPhone } from '../src/rules/masking'
import { isProgressDue } from '../src/rules/progress'
import { lastMonths, localMonth, suppressSmall } from '../src/rules/public-figures'
import { newReference, REFERENCE_PATTERN } from '../src/rules/reference'
import { inLedgerScope } from '../src/rules/scope'
import { sniffType } from '../src/rules/sniff'
import { isRefusal, triage } from '../src/rules/triage'

// Times are UTC; Beijing is UTC+8, so 01:00Z is 09:00 in Beijing. 2026-11-27 is a Friday.
describe('deadlines per tier (72 h, 7 d, 20 d, 1 working day)', () => {
  it.each([
    { tier: 'first_contact', from: '2026-11-23T01:00:00.000Z', due: '2026-11-26T01:00:00.000Z' },
    { tier: 'simple', from: '2026-11-23T01:00:00.000Z', due: '2026-11-30T01:00:00.000Z' },
    { tier: 'complex', from: '2026-11-23T01:00:00.000Z', due: '2026-12-13T01:00:00.000Z' },
    { tier: 'referral', from: '2026-11-23T01:00:00.000Z', due: '2026-11-24T01:00:00.000Z' },
    // Friday 17:00 in Beijing → Monday 17:00: the weekend does not count.
    { tier: 'referral', from: '2026-11-27T09:00:00.000Z', due: '2026-11-30T09:00:00.000Z' },
    // Friday 23:30 in Beijing is still Friday (15:30Z): Monday 23:30.
    { tier: 'referral', from: '2026-11-27T15:30:00.000Z', due: '2026-11-30T15:30:00.000Z' },
    // Friday 16:30Z is Saturday 00:30 in Beijing: Monday 00:30 Beijing.
    { tier: 'referral', from: '2026-11-27T16:30:00.000Z', due: '2026-11-29T16:30:00.000Z' },
    // Saturday 10:00 → Monday 10:00.
    { tier: 'referral', from: '2026-11-28T02:00:00.000Z', due: '2026-11-30T02:00:00.000Z' },
  ] as const)('$tier from $from is due $due', ({ tier, from, due }) => {
    expect(deadlineFor(tier, new Date(from), disputeDeadlines).toISOString()).toBe(due)
  })

  it('counts several working days over a weekend (Thursday + 2 → Monday)', () => {
    expect(addWorkingDays(new Date('2026-11-26T02:00:00.000Z'), 2).toISOString()).toBe('2026-11-30T02:00:00.000Z')
  })

  it.each([
    { dueAt: '2026-11-28T10:00:00.000Z', now: '2026-11-28T10:00:00.001Z', overdue: true },
    { dueAt: '2026-11-28T10:00:00.000Z', now: '2026-11-28T10:00:00.000Z', overdue: false },
    { dueAt: '2026-11-28T10:00:00.000Z', now: '2026-11-28T09:59:59.999Z', overdue: false },
    { dueAt: null, now: '2030-01-01T00:00:00.000Z', overdue: false },
  ])('is overdue only after the deadline ($dueAt at $now → $overdue)', ({ dueAt, now, overdue }) => {
    expect(isOverdue(dueAt, new Date(now))).toBe(overdue)
  })
})

describe('triage routing', () => {
  const officer = {
    officerId: '01JD0000000000000000000F01',
    name: { zh: '张伟', en: 'Zhang Wei' },
    role: 'A' as const,
    groupId: null,
    stationId: '01JD0000000000000000000S01',
  }
  it.each([
    {
      why: 'police + simple → the responsible officer of the grid',
      decision: { jurisdiction: 'police', complexity: 'simple' },
      responsible: officer,
      expected: {
        state: 'assigned',
        holderRole: 'community_officer',
        holderOfficerId: officer.officerId,
        tier: 'simple',
      },
    },
    {
      why: 'police + simple in a grid nobody holds → the station assigns it',
      decision: { jurisdiction: 'police', complexity: 'simple' },
      responsible: null,
      expected: { state: 'assigned', holderRole: 'station', holderOfficerId: null, tier: 'simple' },
    },
    {
      why: 'police + complex → the team leader of the area',
      decision: { jurisdiction: 'police', complexity: 'complex' },
      responsible: officer,
      expected: { state: 'assigned', holderRole: 'team_leader', holderOfficerId: null, tier: 'complex' },
    },
    {
      why: 'not police, receiving body reference known → handed over',
      decision: {
        jurisdiction: 'not_police',
        channel: 'peoples',
        body: '街道调委会',
        contact: '010-1',
        theirReference: 'R1',
      },
      responsible: null,
      expected: { state: 'referred', holderRole: 'referred', holderOfficerId: null, tier: null },
    },
    {
      why: 'not police, no reference yet → hand-over due within the referral deadline',
      decision: { jurisdiction: 'not_police', channel: 'judicial', body: '司法所', contact: '010-2' },
      responsible: null,
      expected: { state: 'referral_pending', holderRole: 'qihe_desk', holderOfficerId: null, tier: 'referral' },
    },
  ] as const)('$why', ({ decision, responsible, expected }) => {
    expect(triage('received', decision, responsible)).toMatchObject(expected)
  })

  it.each(['referred', 'closed'] as const)('refuses to triage a %s dispute (RULE_DISPUTE_CLOSED)', (state) => {
    const outcome = triage(state, { jurisdiction: 'police', complexity: 'simple' }, null)
    expect(isRefusal(outcome) && outcome.code).toBe('RULE_DISPUTE_CLOSED')
  })

  it.each(['received', 'assigned', 'referral_pending'] as const)('lets a %s dispute be triaged (again)', (state) => {
    expect(isRefusal(triage(state, { jurisdiction: 'police', complexity: 'complex' }, null))).toBe(false)
  })
})

describe('masking in staff lists and on the status page', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['010-12345678', '010****5678'],
    ['0755 8888 1234', '075****1234'],
    ['1234', '****'],
  ])('masks the phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  it.each([
    ['王秀英', '王**'],
    ['李四', '李*'],
    ['Zhang Wei', 'Z**** ***'],
    ['A', 'A'],
    ['', ''],
  ])('masks the name %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked)
  })
})

describe('references', () => {
  it('reads QH-<Beijing year>-<6 unambiguous characters>', () => {
    expect(newReference(new Date('2026-06-01T00:00:00Z'), new Uint8Array([0, 1, 31, 32, 18, 255]))).toBe(
      'QH-2026-01Z0JZ',
    )
  })

  it('takes the year in Beijing time (31 Dec 16:00Z is already the new year)', () => {
    expect(newReference(new Date('2026-12-31T16:00:00Z'))).toMatch(/^QH-2027-/)
  })

  it('never uses I, L, O or U, and is unique enough over many draws', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newReference(new Date())))
    for (const reference of seen) expect(reference).toMatch(REFERENCE_PATTERN)
    expect(seen.size).toBe(2000)
  })
})

describe('who holds a dispute (full view of the parties)', () => {
  const actor = (roles: Actor['roles'], scope: Actor['scope']): Actor => ({ userId: 'u', username: 'u', roles, scope })
  const S01 = '01JD0000000000000000000S01'
  it.each([
    {
      why: 'a mediator holds a dispute at the desk',
      holder: 'qihe_desk',
      who: actor(['mediator'], { level: 'branch' }),
      holds: true,
    },
    {
      why: 'a station head does not hold one at the desk',
      holder: 'qihe_desk',
      who: actor(['station_head'], { level: 'station', stationId: S01 }),
      holds: false,
    },
    {
      why: 'the assigned officer holds it',
      holder: 'community_officer',
      who: actor(['officer'], { level: 'own', stationId: S01, officerId: 'F01' }),
      holds: true,
    },
    {
      why: 'another officer does not',
      holder: 'community_officer',
      who: actor(['officer'], { level: 'own', stationId: S01, officerId: 'F02' }),
      holds: false,
    },
    {
      why: 'a team leader of the station holds a complex one',
      holder: 'team_leader',
      who: actor(['team_leader'], { level: 'team', stationId: S01, teamId: 'T1' }),
      holds: true,
    },
    {
      why: 'a team leader of another station does not',
      holder: 'team_leader',
      who: actor(['team_leader'], { level: 'team', stationId: 'S02', teamId: 'T2' }),
      holds: false,
    },
    {
      why: 'the station head holds one the station must assign',
      holder: 'station',
      who: actor(['station_head'], { level: 'station', stationId: S01 }),
      holds: true,
    },
    {
      why: 'nobody holds a referred one',
      holder: 'referred',
      who: actor(['mediator'], { level: 'branch' }),
      holds: false,
    },
  ] as const)('$why', ({ holder, who, holds }) => {
    expect(holdsDispute(who, { holderRole: holder, holderOfficerId: 'F01', stationId: S01 })).toBe(holds)
  })
})

describe('ledger scope', () => {
  const place = { stationId: 'S01', holderOfficerId: 'F01' }
  it.each([
    { scope: { level: 'branch' as const }, sees: true },
    { scope: { level: 'station' as const, stationId: 'S01' }, sees: true },
    { scope: { level: 'station' as const, stationId: 'S02' }, sees: false },
    { scope: { level: 'team' as const, stationId: 'S01', teamId: 'T9' }, sees: true },
    { scope: { level: 'own' as const, stationId: 'S01', officerId: 'F01' }, sees: true },
    { scope: { level: 'own' as const, stationId: 'S01', officerId: 'F02' }, sees: false },
  ])('scope $scope.level ($scope.stationId $scope.officerId) sees it: $sees', ({ scope, sees }) => {
    expect(inLedgerScope(scope, place)).toBe(sees)
  })
})

describe('attachment type by content', () => {
  const bytes = (...values: (number | string)[]) =>
    new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])))
  it.each([
    { what: 'a JPEG', file: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), type: 'image/jpeg' },
    { what: 'a PNG', file: bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0), type: 'image/png' },
    { what: 'a WebP', file: bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), type: 'image/webp' },
    { what: 'a PDF', file: bytes('%PDF-1.7\n'), type: 'application/pdf' },
    { what: 'a RIFF that is not WebP (a WAV)', file: bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '), type: null },
    { what: 'a program (MZ) named photo.jpg', file: bytes('MZ', 0x90, 0), type: null },
    { what: 'HTML with a script', file: bytes('<script>alert(1)</script>'), type: null },
    { what: 'a PNG cut short', file: bytes(0x89, 'PNG', 0x0d), type: null },
    { what: 'an empty file', file: bytes(), type: null },
  ])('$what → $type', ({ file, type }) => {
    expect(sniffType(file)).toBe(type)
  })
})

describe('pausing, resuming and closing', () => {
  const open = { state: 'assigned' as const, pausedAt: null, dueAt: '2026-12-01T00:00:00.000Z' }
  const paused = { ...open, pausedAt: '2026-11-28T00:00:00.000Z' }
  it.each([
    { why: 'pauses an open dispute', check: checkPause, dispute: open, code: null },
    { why: 'refuses to pause a paused one', check: checkPause, dispute: paused, code: 'RULE_ALREADY_PAUSED' },
    {
      why: 'refuses to pause a closed one',
      check: checkPause,
      dispute: { ...open, state: 'closed' as const },
      code: 'RULE_DISPUTE_CLOSED',
    },
    { why: 'resumes a paused one', check: checkResume, dispute: paused, code: null },
    { why: 'refuses to resume one not paused', check: checkResume, dispute: open, code: 'RULE_NOT_PAUSED' },
    { why: 'closes an open one, paused or not', check: checkClose, dispute: paused, code: null },
    {
      why: 'refuses to close a referred one',
      check: checkClose,
      dispute: { ...open, state: 'referred' as const },
      code: 'RULE_DISPUTE_CLOSED',
    },
  ])('$why', ({ check, dispute, code }) => {
    expect(check(dispute)?.code ?? null).toBe(code)
  })

  it.each([
    {
      due: '2026-12-01T00:00:00.000Z',
      pausedAt: '2026-11-28T00:00:00.000Z',
      now: '2026-11-30T12:00:00.000Z',
      moved: '2026-12-03T12:00:00.000Z',
    },
    {
      due: '2026-12-01T00:00:00.000Z',
      pausedAt: '2026-11-28T00:00:00.000Z',
      now: '2026-11-28T00:00:00.000Z',
      moved: '2026-12-01T00:00:00.000Z',
    },
    { due: null, pausedAt: '2026-11-28T00:00:00.000Z', now: '2026-11-30T00:00:00.000Z', moved: null },
  ])('moves a deadline of $due on by the time paused ($pausedAt → $now)', ({ due, pausedAt, now, moved }) => {
    expect(dueAfterPause(due, pausedAt, new Date(now))).toBe(moved)
  })
})

describe('possible duplicates', () => {
  const person = (phone: string | null) => ({ name: 'x', phone })
  it('keys a dispute by every phone (digits only) and its address (spaces, case and width ignored)', () => {
    expect(
      contactKeys({
        address: ' 东四北大街　８８ 号 Apt 3 ',
        applicant: { name: 'a', phone: '138-1234-1234' },
        otherParties: [person('13812341234'), person(null), person('010 6404 0000')],
      }),
    ).toEqual(['phone:13812341234', 'phone:01064040000', 'address:东四北大街88号apt3'])
  })

  const now = new Date('2026-11-28T00:00:00.000Z')
  it.each([
    { state: 'assigned', receivedAt: '2026-10-29T00:00:00.000Z', candidate: true, why: 'open, exactly 30 days ago' },
    { state: 'received', receivedAt: '2026-10-28T23:59:59.000Z', candidate: false, why: 'open, just over 30 days ago' },
    {
      state: 'referral_pending',
      receivedAt: '2026-11-27T00:00:00.000Z',
      candidate: true,
      why: 'waiting for hand-over',
    },
    { state: 'closed', receivedAt: '2026-11-27T00:00:00.000Z', candidate: false, why: 'closed' },
    { state: 'referred', receivedAt: '2026-11-27T00:00:00.000Z', candidate: false, why: 'referred out' },
  ])('$why → candidate: $candidate', ({ state, receivedAt, candidate }) => {
    expect(isDuplicateCandidate({ state, receivedAt }, now, 30)).toBe(candidate)
  })
})

describe('due soon (warning the team leader before a breach)', () => {
  const now = new Date('2026-11-28T00:00:00.000Z')
  it.each([
    { dueAt: '2026-11-29T00:00:00.000Z', soon: true, why: 'exactly 24 h ahead' },
    { dueAt: '2026-11-29T00:00:00.001Z', soon: false, why: 'just over 24 h ahead' },
    { dueAt: '2026-11-28T00:00:00.000Z', soon: true, why: 'due this instant' },
    { dueAt: '2026-11-27T23:59:59.999Z', soon: false, why: 'already past (overdue instead)' },
    { dueAt: null, soon: false, why: 'nothing due' },
  ])('$why → $soon', ({ dueAt, soon }) => {
    expect(isDueSoon(dueAt, now, 24)).toBe(soon)
  })
})

describe('public figures', () => {
  it.each([
    [0, null],
    [4, null],
    [5, 5],
    [120, 120],
  ])('shows a count of %i as %s (cells under 5 suppressed)', (count, shown) => {
    expect(suppressSmall(count, 5)).toBe(shown)
  })

  it('counts months in Beijing time (31 Oct 16:00Z is already November)', () => {
    expect(localMonth('2026-10-31T16:00:00.000Z')).toBe('2026-11')
    expect(localMonth('2026-10-31T15:59:59.999Z')).toBe('2026-10')
  })

  it('lists the last 12 months, oldest first, across a year end', () => {
    const months = lastMonths(new Date('2027-01-15T00:00:00.000Z'), 12)
    expect(months).toHaveLength(12)
    expect(months[0]).toBe('2026-02')
    expect(months.at(-1)).toBe('2027-01')
  })
})

describe('reopening a closed dispute (within 30 days)', () => {
  const now = new Date('2026-11-28T00:00:00.000Z')
  it.each([
    { state: 'closed', closedAt: '2026-10-29T00:00:00.000Z', code: null, why: 'closed exactly 30 days ago' },
    {
      state: 'closed',
      closedAt: '2026-10-28T23:59:59.999Z',
      code: 'RULE_REOPEN_WINDOW_PASSED',
      why: 'closed just over 30 days ago',
    },
    { state: 'assigned', closedAt: null, code: 'RULE_NOT_CLOSED', why: 'still open' },
    { state: 'referred', closedAt: null, code: 'RULE_NOT_CLOSED', why: 'referred out' },
  ] as const)('$why → $code', ({ state, closedAt, code }) => {
    expect(checkReopen({ state, closedAt }, now, 30)?.code ?? null).toBe(code)
  })
})

describe('weekly progress entries', () => {
  const now = new Date('2026-11-28T00:00:00.000Z')
  const inHand = { state: 'assigned', pausedAt: null, triagedAt: '2026-11-01T00:00:00.000Z' }
  it.each([
    { why: 'an entry 7 days ago is still in time', dispute: inHand, last: '2026-11-21T00:00:00.000Z', due: false },
    {
      why: 'an entry just over 7 days ago is missing one',
      dispute: inHand,
      last: '2026-11-20T23:59:59.999Z',
      due: true,
    },
    { why: 'no entry since a triage 27 days ago', dispute: inHand, last: null, due: true },
    {
      why: 'no entry since a triage 6 days ago',
      dispute: { ...inHand, triagedAt: '2026-11-22T00:00:00.000Z' },
      last: null,
      due: false,
    },
    {
      why: 'a paused dispute owes none',
      dispute: { ...inHand, pausedAt: '2026-11-02T00:00:00.000Z' },
      last: null,
      due: false,
    },
    { why: 'a closed dispute owes none', dispute: { ...inHand, state: 'closed' }, last: null, due: false },
    {
      why: 'an untriaged dispute owes none',
      dispute: { ...inHand, state: 'received', triagedAt: null },
      last: null,
      due: false,
    },
  ])('$why', ({ dispute, last, due }) => {
    expect(isProgressDue(dispute, last, now, 7)).toBe(due)
  })
})
