import { describe, expect, it } from 'vitest'
import { DISPUTES_UNTIL, generateDistrict, SEEDED_DISPUTES } from '../src'

const district = generateDistrict()
const disputes = district.disputes.dispute
const until = Date.parse(`${DISPUTES_UNTIL}T23:59:59+08:00`)
const count = <T>(rows: readonly T[], keep: (row: T) => boolean) => rows.filter(keep).length

describe('the seeded disputes', () => {
  it('are the same on every run, ids, references and people included', () => {
    expect(generateDistrict().disputes).toEqual(district.disputes)
  })

  it('spread over a year of categories, sources, communities and steps', () => {
    expect(disputes).toHaveLength(SEEDED_DISPUTES)
    expect(new Set(disputes.map((d) => d.category)).size).toBe(7)
    expect(new Set(disputes.map((d) => d.source)).size).toBe(5)
    expect(new Set(disputes.map((d) => d.step))).toEqual(new Set(['screening', 'mediation', 'protection']))
    expect(new Set(disputes.map((d) => d.communityId)).size).toBeGreaterThan(20)
    expect(new Set(disputes.map((d) => d.receivedAt.slice(0, 7))).size).toBeGreaterThanOrEqual(12)
    expect(disputes.every((d) => Date.parse(d.receivedAt) <= until)).toBe(true)
    expect(new Set(disputes.map((d) => d.reference)).size).toBe(disputes.length)
  })

  it('hold every outcome, a few overdue and some referred with the receiving body', () => {
    const closed = disputes.filter((d) => d.state === 'closed')
    expect(new Set(closed.map((d) => d.outcome))).toEqual(
      new Set(['agreement', 'withdrawn', 'to_court', 'no_agreement']),
    )
    const open = disputes.filter((d) => ['received', 'assigned', 'referral_pending'].includes(d.state ?? ''))
    const overdue = count(open, (d) => typeof d.dueAt === 'string' && Date.parse(d.dueAt) < until)
    expect(overdue).toBeGreaterThanOrEqual(3)
    expect(overdue).toBeLessThan(open.length)
    const referred = disputes.filter((d) => d.state === 'referred')
    expect(referred.length).toBeGreaterThan(20)
    expect(referred.every((d) => d.referralBody && d.referralContact && d.referralTheirReference)).toBe(true)
  })

  it('give an assigned dispute the responsible officer of its grid, and every dispute a timeline', () => {
    const officers = new Map(district.officers.officer.map((o) => [o.id, o]))
    for (const d of disputes.filter((row) => row.holderRole === 'community_officer')) {
      expect(officers.get(d.holderOfficerId as string)?.nameZh).toBe(d.holderNameZh)
    }
    const withEvents = new Set(district.disputes.disputeEvent.map((e) => e.disputeId))
    expect(disputes.every((d) => withEvents.has(d.id))).toBe(true)
  })

  it('repeat some addresses and phones, so learning from types has something to find', () => {
    const addresses = disputes.map((d) => d.personal.address)
    const phones = disputes.map((d) => d.personal.applicant.phone)
    expect(addresses.length - new Set(addresses).size).toBeGreaterThan(2)
    expect(phones.length - new Set(phones).size).toBeGreaterThan(2)
  })
})
