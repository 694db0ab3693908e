import { env, exports } from 'cloudflare:workers'
import { Ledger } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { submitted } from './intake-helpers'

const entryOf = async (reference: string) => {
  const response = await exports.default.fetch('http://x/api/disputes/ledger', { headers: await asRole('mediator') })
  return Ledger.parse(await response.json()).disputes.find((d) => d.reference === reference)
}

describe('a new dispute like an open one of the last 30 days', () => {
  it('is flagged for staff when a phone matches, naming the earlier reference (nothing merged)', async () => {
    const first = await submitted({ applicant: { name: '甲', phone: '13711112222' }, address: '甲地 1 号' })
    const second = await submitted({
      applicant: { name: '乙', phone: '13933334444' },
      otherParties: [{ name: '甲', phone: '13711112222' }],
      address: '乙地 2 号',
    })
    const entry = await entryOf(second.reference)
    expect(entry?.possibleDuplicateOf?.reference).toBe(first.reference)
    expect(await entryOf(first.reference)).toMatchObject({ possibleDuplicateOf: null })
  })

  it('is flagged when only the address matches, written differently', async () => {
    const first = await submitted({ applicant: { name: '丙', phone: '13755556666' }, address: '丙地 3 号 2 单元' })
    const second = await submitted({
      applicant: { name: '丁', phone: '13977778888' },
      address: '丙地3号2单元',
      otherParties: [],
    })
    expect((await entryOf(second.reference))?.possibleDuplicateOf?.reference).toBe(first.reference)
  })

  it('is not flagged against a closed dispute, nor when nothing matches', async () => {
    const first = await submitted({
      applicant: { name: '戊', phone: '13700009999' },
      address: '戊地 5 号',
      otherParties: [],
    })
    await env.DB.prepare("UPDATE dispute SET state = 'closed' WHERE reference = ?").bind(first.reference).run()
    const second = await submitted({
      applicant: { name: '己', phone: '13700009999' },
      address: '己地 6 号',
      otherParties: [],
    })
    expect((await entryOf(second.reference))?.possibleDuplicateOf).toBeNull()
    const unrelated = await submitted({
      applicant: { name: '庚', phone: '13600001111' },
      address: '庚地 7 号',
      otherParties: [],
    })
    expect((await entryOf(unrelated.reference))?.possibleDuplicateOf).toBeNull()
  })

  it('keeps only keyed digests of phones and addresses, never the values', async () => {
    await submitted({ applicant: { name: '辛', phone: '13622223333' }, address: '辛地 8 号', otherParties: [] })
    const rows = JSON.stringify((await env.DB.prepare('SELECT * FROM dispute_contact').all()).results)
    expect(rows).not.toContain('13622223333')
    expect(rows).not.toContain('辛地')
    expect(rows).toMatch(/[0-9a-f]{64}/)
  })
})
