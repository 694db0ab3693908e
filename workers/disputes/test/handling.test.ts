import { env, exports } from 'cloudflare:workers'
import { DisputeStatus, ErrorBody, LedgerEntry } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { F01, S01, status, submitted } from './intake-helpers'

const idOf = async (reference: string) =>
  (await env.DB.prepare('SELECT id FROM dispute WHERE reference = ?').bind(reference).first<{ id: string }>())
    ?.id as string

const post = async (path: string, body: unknown, headers: Record<string, string>) =>
  exports.default.fetch(`http://x/api/disputes/ledger/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const officer = () => asRole('officer', { stationId: S01, officerId: F01 })

/** A dispute triaged to officer F01 (the stub's responsible officer of the grid). */
async function assigned() {
  const dispute = await submitted()
  const id = await idOf(dispute.reference)
  await post(`${id}/triage`, { jurisdiction: 'police', complexity: 'simple' }, await asRole('mediator'))
  return { ...dispute, id }
}

const readStatus = async (secret: string) => DisputeStatus.parse(await (await status(secret)).json())

describe('pausing, resuming and closing a dispute', () => {
  it('pauses with a reason the citizen reads, then resumes with the deadline moved on', async () => {
    const { id, secret } = await assigned()
    const paused = await post(`${id}/pause`, { reason: 'waiting_for_documents' }, await officer())
    expect(paused.status).toBe(200)
    const entry = LedgerEntry.parse(await paused.json())
    expect(entry.pause?.reason).toBe('waiting_for_documents')
    const seen = await readStatus(secret)
    expect(seen.pause?.reason).toBe('waiting_for_documents')
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'paused', detail: 'waiting_for_documents' })
    const page = await (await status(secret, { Accept: 'text/html' })).text()
    expect(page).toContain('等待补充材料')

    const again = await post(`${id}/pause`, { reason: 'cooling_off' }, await officer())
    expect(ErrorBody.parse(await again.json()).error.code).toBe('RULE_ALREADY_PAUSED')

    const resumed = LedgerEntry.parse(await (await post(`${id}/resume`, undefined, await officer())).json())
    expect(resumed.pause).toBeNull()
    expect(Date.parse(resumed.next.dueAt as string)).toBeGreaterThanOrEqual(Date.parse(entry.next.dueAt as string))
  })

  it('is never overdue while paused', async () => {
    const { id, reference } = await assigned()
    await env.DB.prepare("UPDATE dispute SET due_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").bind(id).run()
    await post(`${id}/pause`, { reason: 'party_unreachable' }, await officer())
    const ledger = await exports.default.fetch('http://x/api/disputes/ledger', { headers: await asRole('mediator') })
    const entry = ((await ledger.json()) as { disputes: LedgerEntry[] }).disputes.find((d) => d.reference === reference)
    expect(entry?.overdue).toBe(false)
  })

  it('closes with an agreement: protection, a return visit due in 14 days; the citizen reads it all', async () => {
    const { id, secret } = await assigned()
    expect((await readStatus(secret)).step).toBe('mediation')
    const closed = await post(`${id}/close`, { outcome: 'agreement' }, await officer())
    expect(closed.status).toBe(200)
    const seen = await readStatus(secret)
    expect(seen).toMatchObject({
      state: 'closed',
      outcome: 'agreement',
      step: 'protection',
      next: { kind: 'return_visit' },
    })
    expect(Date.parse(seen.next.dueAt as string) - Date.now()).toBeGreaterThan(13.9 * 86400 * 1000)
    const visit = await post(`${id}/return-visit`, { agreementHolds: true }, await officer())
    expect(LedgerEntry.parse(await visit.json()).next).toEqual({ kind: 'none', dueAt: null })
    expect((await readStatus(secret)).timeline.at(-1)).toMatchObject({
      kind: 'return_visit',
      detail: 'agreement_holds',
    })
    const twice = await post(`${id}/return-visit`, { agreementHolds: true }, await officer())
    expect(ErrorBody.parse(await twice.json()).error.code).toBe('RULE_NO_RETURN_VISIT_DUE')
    expect(await (await status(secret, { Accept: 'text/html' })).text()).toContain('双方达成调解协议')
    const reopen = await post(`${id}/pause`, { reason: 'cooling_off' }, await officer())
    expect(ErrorBody.parse(await reopen.json()).error.code).toBe('RULE_DISPUTE_CLOSED')
  })

  it('lets only whoever holds the dispute handle it (RULE_HOLDER_ONLY), and audits each step', async () => {
    const { id } = await assigned()
    const head = await post(`${id}/close`, { outcome: 'withdrawn' }, await asRole('station_head', { stationId: S01 }))
    expect(head.status).toBe(422)
    expect(ErrorBody.parse(await head.json()).error.code).toBe('RULE_HOLDER_ONLY')
    await post(`${id}/pause`, { reason: 'cooling_off' }, await officer())
    await post(`${id}/resume`, undefined, await officer())
    await post(`${id}/close`, { outcome: 'no_agreement' }, await officer())
    const actions = await env.DB.prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq').bind(id).all()
    expect(actions.results.map((r) => r.action)).toEqual([
      'dispute.intake',
      'dispute.triage',
      'dispute.paused',
      'dispute.resumed',
      'dispute.closed',
    ])
  })
})

describe('weekly progress entries', () => {
  it('takes an entry from the holder, keeps it sealed and off the citizen page, shows it in the full view', async () => {
    const { id, secret } = await assigned()
    await env.DB.prepare("UPDATE dispute SET triaged_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").bind(id).run()
    const ledger = async () =>
      (
        (await (await exports.default.fetch('http://x/api/disputes/ledger', { headers: await officer() })).json()) as {
          disputes: LedgerEntry[]
        }
      ).disputes.find((d) => d.id === id)
    expect((await ledger())?.progressDue).toBe(true)
    const note = '与王秀英电话沟通，对方同意周五面谈'
    const entry = await post(`${id}/progress`, { note }, await officer())
    expect(entry.status).toBe(200)
    expect((await ledger())?.progressDue).toBe(false)
    const raw = JSON.stringify((await env.DB.prepare('SELECT * FROM dispute_progress').all()).results)
    expect(raw).not.toContain('王秀英')
    expect(await (await status(secret)).text()).not.toContain('周五面谈')
    const full = await post(`${id}/reveal`, undefined, await officer())
    expect(((await full.json()) as { progress: { note: string }[] }).progress.map((p) => p.note)).toEqual([note])
    const other = await post(`${id}/progress`, { note }, await asRole('station_head', { stationId: S01 }))
    expect(ErrorBody.parse(await other.json()).error.code).toBe('RULE_HOLDER_ONLY')
  })
})

describe('reopening within 30 days', () => {
  it('reopens a closed dispute into mediation with a new deadline, and refuses after 30 days', async () => {
    const { id, secret } = await assigned()
    await post(`${id}/close`, { outcome: 'withdrawn' }, await officer())
    const reopened = await post(`${id}/reopen`, undefined, await officer())
    expect(reopened.status).toBe(200)
    expect(await readStatus(secret)).toMatchObject({
      state: 'assigned',
      step: 'mediation',
      outcome: null,
      next: { kind: 'resolve' },
    })
    const notClosed = await post(`${id}/reopen`, undefined, await officer())
    expect(ErrorBody.parse(await notClosed.json()).error.code).toBe('RULE_NOT_CLOSED')
    await post(`${id}/close`, { outcome: 'withdrawn' }, await officer())
    await env.DB.prepare("UPDATE dispute SET closed_at = '2020-01-01T00:00:00.000Z' WHERE id = ?").bind(id).run()
    const late = await post(`${id}/reopen`, undefined, await officer())
    expect(ErrorBody.parse(await late.json()).error.code).toBe('RULE_REOPEN_WINDOW_PASSED')
  })
})

describe('openDisputesOf RPC (for the officer task list)', () => {
  it('lists the open disputes the officer holds, without personal data, and drops closed ones', async () => {
    const kept = await assigned()
    const done = await assigned()
    await post(`${done.id}/close`, { outcome: 'withdrawn' }, await officer())
    const held = await exports.default.openDisputesOf(F01)
    const references = held.map((d) => d.reference)
    expect(references).toContain(kept.reference)
    expect(references).not.toContain(done.reference)
    expect(JSON.stringify(held)).not.toMatch(/王秀英|13812341234/)
    expect(await exports.default.openDisputesOf('01JD0000000000000000000F99')).toEqual([])
  })
})
