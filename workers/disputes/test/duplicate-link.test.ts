import { env, exports } from 'cloudflare:workers'
import { ErrorBody, LedgerEntry } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { checkDuplicateDecision } from '../src/rules/duplicate-link'
import { submitted } from './intake-helpers'

const idOf = async (reference: string) =>
  (await env.DB.prepare('SELECT id FROM dispute WHERE reference = ?').bind(reference).first<{ id: string }>())
    ?.id as string

const decide = async (id: string, body: unknown, headers?: Record<string, string>) =>
  exports.default.fetch(`http://x/api/disputes/ledger/${id}/duplicate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(headers ?? (await asRole('mediator'))) },
    body: JSON.stringify(body),
  })

/** Two disputes sharing the applicant's phone: the second is flagged. */
async function flaggedPair(phone: string) {
  const first = await submitted({ applicant: { name: '赵敏', phone }, address: `甲${phone}号`, otherParties: [] })
  const second = await submitted({ applicant: { name: '赵敏', phone }, address: `乙${phone}号`, otherParties: [] })
  return { first: await idOf(first.reference), second: await idOf(second.reference), firstRef: first.reference }
}

describe('the duplicate decision rule', () => {
  it.each([
    { flag: null, decision: null, refusal: 'RULE_NO_DUPLICATE_FLAG' },
    { flag: 'D1', decision: null, refusal: null },
    { flag: 'D1', decision: 'linked', refusal: 'RULE_DUPLICATE_DECIDED' },
    { flag: 'D1', decision: 'dismissed', refusal: 'RULE_DUPLICATE_DECIDED' },
  ])('flag $flag, decided $decision → $refusal', ({ flag, decision, refusal }) => {
    expect(checkDuplicateDecision({ possibleDuplicateOf: flag, duplicateDecision: decision })?.code ?? null).toBe(
      refusal,
    )
  })
})

describe('POST /api/disputes/ledger/{id}/duplicate', () => {
  it('links the flagged dispute with a sealed reason, audited; both disputes stay', async () => {
    const { first, second, firstRef } = await flaggedPair('13700001111')
    const res = await decide(second, { decision: 'linked', reason: '同一漏水问题，申请人第二次来电' })
    expect(res.status).toBe(200)
    expect(LedgerEntry.parse(await res.json()).possibleDuplicateOf).toEqual({
      id: first,
      reference: firstRef,
      decision: 'linked',
    })
    const rows = await env.DB.prepare('SELECT id, state, duplicate_reason_sealed FROM dispute WHERE id IN (?, ?)')
      .bind(first, second)
      .all<{ id: string; state: string; duplicate_reason_sealed: string | null }>()
    expect(rows.results).toHaveLength(2)
    expect(rows.results.every((r) => r.state === 'received')).toBe(true)
    expect(JSON.stringify(rows.results)).not.toContain('漏水')
    const audit = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE entity_id = ? AND action LIKE 'dispute.duplicate.%'",
    )
      .bind(second)
      .all()
    expect(audit.results).toEqual([{ action: 'dispute.duplicate.linked' }])
  })

  it('dismisses once; a second decision is refused (422 RULE_DUPLICATE_DECIDED)', async () => {
    const { second } = await flaggedPair('13700002222')
    expect((await decide(second, { decision: 'dismissed', reason: '不同的房屋' })).status).toBe(200)
    const again = await decide(second, { decision: 'linked', reason: '改主意了' })
    expect(again.status).toBe(422)
    expect(ErrorBody.parse(await again.json()).error.code).toBe('RULE_DUPLICATE_DECIDED')
  })

  it('a dispute never flagged has nothing to decide (422); no reason → 400; an officer may not (403)', async () => {
    const { first } = await flaggedPair('13700003333')
    const none = await decide(first, { decision: 'linked', reason: '同一件事' })
    expect(ErrorBody.parse(await none.json()).error.code).toBe('RULE_NO_DUPLICATE_FLAG')
    expect((await decide(first, { decision: 'linked' })).status).toBe(400)
    expect((await decide(first, { decision: 'merged', reason: 'xx' })).status).toBe(400)
    const officer = await asRole('officer', { stationId: '01JD0000000000000000000S01', officerId: 'F' })
    expect((await decide(first, { decision: 'linked', reason: '同一件事' }, officer)).status).toBe(403)
  })
})
