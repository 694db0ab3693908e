import { env, exports } from 'cloudflare:workers'
import { DisputeInsights } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { communityFigures, recurringTypes, repeatGroups } from '../src/rules/insights'
import { C01, C02, C04, submitted } from './intake-helpers'

const contact = (digest: string, kind: 'phone' | 'address', n: number, communityId = 'C1') => ({
  digest,
  kind,
  disputeId: `D${n}`,
  reference: `QH-${n}`,
  communityId,
})

describe('repeat addresses and parties by keyed digest', () => {
  it.each([
    { why: 'one dispute alone is no repeat', contacts: [contact('a', 'address', 1)], groups: 0 },
    {
      why: 'two disputes at one address',
      contacts: [contact('a', 'address', 1), contact('a', 'address', 2)],
      groups: 1,
    },
    {
      why: 'the same dispute twice counts once',
      contacts: [contact('a', 'address', 1), contact('a', 'address', 1)],
      groups: 0,
    },
    {
      why: 'a phone digest is not an address',
      contacts: [contact('p', 'phone', 1), contact('p', 'phone', 2)],
      groups: 0,
    },
  ])('$why', ({ contacts, groups }) => {
    expect(repeatGroups(contacts, 'address', 20)).toHaveLength(groups)
  })

  it('lists the largest group first, with its references and communities', () => {
    const groups = repeatGroups(
      [
        contact('p1', 'phone', 1),
        contact('p1', 'phone', 2),
        contact('p2', 'phone', 3, 'C2'),
        contact('p2', 'phone', 4, 'C1'),
        contact('p2', 'phone', 5, 'C2'),
      ],
      'phone',
      20,
    )
    expect(groups[0]).toEqual({
      references: [
        { id: 'D3', reference: 'QH-3' },
        { id: 'D4', reference: 'QH-4' },
        { id: 'D5', reference: 'QH-5' },
      ],
      communityIds: ['C1', 'C2'],
    })
    expect(groups).toHaveLength(2)
    expect(repeatGroups([contact('x', 'phone', 1), contact('x', 'phone', 2)], 'phone', 0)).toEqual([])
  })
})

describe('recurring kinds per community', () => {
  const rows = (communityId: string, category: string, n: number) =>
    Array.from({ length: n }, () => ({ communityId, category }))
  it.each([
    { n: 2, recurring: false },
    { n: 3, recurring: true },
  ])('$n disputes of one kind in one community → recurring $recurring', ({ n, recurring }) => {
    expect(recurringTypes(rows('C1', 'neighbours', n), 3).length > 0).toBe(recurring)
  })
  it('counts each community on its own, most first', () => {
    expect(
      recurringTypes([...rows('C1', 'wages', 2), ...rows('C2', 'wages', 2), ...rows('C2', 'family', 4)], 3),
    ).toEqual([{ communityId: 'C2', category: 'family', count: 4 }])
  })
})

describe('per-community figures', () => {
  it('counts received, open, settled, overdue and referred', () => {
    const now = new Date('2026-11-28T00:00:00Z')
    const base = { communityId: 'C1', outcome: null, pausedAt: null, dueAt: null }
    expect(
      communityFigures(
        [
          { ...base, state: 'assigned', dueAt: '2026-11-01T00:00:00Z' },
          { ...base, state: 'assigned', dueAt: '2026-11-01T00:00:00Z', pausedAt: '2026-10-30T00:00:00Z' },
          { ...base, state: 'closed', outcome: 'agreement' },
          { ...base, state: 'closed', outcome: 'to_court' },
          { ...base, state: 'referred' },
        ],
        now,
      ),
    ).toEqual([{ communityId: 'C1', received: 5, open: 2, settled: 1, overdue: 1, referred: 1 }])
  })
})

describe('GET /api/disputes/insights', () => {
  it('finds the repeat address and party among submitted disputes without unsealing anything', async () => {
    const address = '东四十条 9 号院'
    await submitted({ address, applicant: { name: '甲', phone: '13600000001' }, otherParties: [] })
    await submitted({ address, applicant: { name: '乙', phone: '13600000002' }, otherParties: [] })
    await submitted({
      address: '别处 1 号',
      applicant: { name: '丙', phone: '13600000002' },
      otherParties: [],
      communityId: C02,
    })
    await submitted({ communityId: C04, otherParties: [] })
    const res = await exports.default.fetch('http://x/api/disputes/insights', { headers: await asRole('mediator') })
    expect(res.status).toBe(200)
    const text = await res.text()
    const body = DisputeInsights.parse(JSON.parse(text))
    expect(body.repeatAddresses).toHaveLength(1)
    expect(body.repeatAddresses[0]?.references).toHaveLength(2)
    expect(body.repeatParties.some((g) => g.communityIds.includes(C02))).toBe(true)
    expect(body.communities.find((c) => c.communityId === C01)?.received).toBeGreaterThanOrEqual(2)
    for (const secret of ['13600000001', '东四十条', '甲']) expect(text).not.toContain(secret)
  })

  it('keeps a team leader to the own station', async () => {
    const leader = await asRole('team_leader', { stationId: '01JD0000000000000000000S01' })
    const body = DisputeInsights.parse(
      await (await exports.default.fetch('http://x/api/disputes/insights?months=6', { headers: leader })).json(),
    )
    expect(body.communities.map((c) => c.communityId)).not.toContain(C04)
  })

  it.each(['0', '25', 'many'])('months=%s → 400', async (months) => {
    const res = await exports.default.fetch(`http://x/api/disputes/insights?months=${months}`, {
      headers: await asRole('mediator'),
    })
    expect(res.status).toBe(400)
  })

  it('an officer may not read them (403)', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/insights', {
      headers: await asRole('officer', { stationId: '01JD0000000000000000000S01', officerId: 'F' }),
    })
    expect(res.status).toBe(403)
    expect(env).toBeTruthy()
  })
})
