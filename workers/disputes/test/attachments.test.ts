import { env, exports } from 'cloudflare:workers'
import { AttachmentsReceipt, DisputeStatus, ErrorBody, Ledger } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { nextAddress, status, submitted } from './intake-helpers'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const png = (marker: string, size = 64) => {
  const bytes = new Uint8Array(size)
  bytes.set(PNG)
  bytes.set(new TextEncoder().encode(marker), PNG.length)
  return bytes
}

function upload(secret: string, file: Uint8Array, options: { name?: string; type?: string; accept?: string } = {}) {
  const form = new FormData()
  form.append('file', new File([file], options.name ?? 'photo.png', { type: options.type ?? 'image/png' }))
  return exports.default.fetch(`http://x/api/disputes/status/${secret}/attachments`, {
    method: 'POST',
    headers: { 'CF-Connecting-IP': nextAddress(), Accept: options.accept ?? 'application/json' },
    body: form,
    redirect: 'manual',
  })
}

describe('POST /api/disputes/status/{secret}/attachments', () => {
  it('stores a photo sealed in R2 (the bytes never in plain), listed on the status and in the ledger', async () => {
    const { secret, reference } = await submitted()
    const response = await upload(secret, png('plain-marker-13812341234'))
    expect(response.status).toBe(201)
    expect(AttachmentsReceipt.parse(await response.json()).attachments).toEqual([{ type: 'image/png', bytes: 64 }])
    const listed = await env.ATTACHMENTS.list({ prefix: 'disputes/' })
    expect(listed.objects.length).toBeGreaterThan(0)
    const stored = await Promise.all(
      listed.objects.map(async (o) => new Uint8Array((await (await env.ATTACHMENTS.get(o.key))?.arrayBuffer()) ?? [])),
    )
    for (const bytes of stored) expect(new TextDecoder('latin1').decode(bytes)).not.toContain('plain-marker')
    expect(DisputeStatus.parse(await (await status(secret)).json()).attachments).toHaveLength(1)
    const ledger = Ledger.parse(
      await (await exports.default.fetch('http://x/api/disputes/ledger', { headers: await asRole('mediator') })).json(),
    )
    expect(ledger.disputes.find((d) => d.reference === reference)?.attachments).toBe(1)
  })

  it('keeps the same file once, takes three, refuses a fourth (RULE_ATTACHMENT_LIMIT)', async () => {
    const { secret } = await submitted()
    expect((await upload(secret, png('one'))).status).toBe(201)
    const again = await upload(secret, png('one'))
    expect(AttachmentsReceipt.parse(await again.json()).attachments).toHaveLength(1)
    expect((await upload(secret, png('two'))).status).toBe(201)
    expect((await upload(secret, png('three'))).status).toBe(201)
    const fourth = await upload(secret, png('four'))
    expect(fourth.status).toBe(422)
    expect(ErrorBody.parse(await fourth.json()).error.code).toBe('RULE_ATTACHMENT_LIMIT')
  })

  it('refuses a file disguised as a photo (415) and one over 5 MB (413)', async () => {
    const { secret } = await submitted()
    const disguised = await upload(secret, new TextEncoder().encode('MZ this is a program'), {
      name: 'photo.jpg',
      type: 'image/jpeg',
    })
    expect(disguised.status).toBe(415)
    const big = png('big', 5 * 1024 * 1024 + 1)
    expect((await upload(secret, big)).status).toBe(413)
    const justFits = png('fits', 5 * 1024 * 1024)
    expect((await upload(secret, justFits)).status).toBe(201)
  })

  it('answers an unknown status link with 404 and stores nothing', async () => {
    const before = (await env.ATTACHMENTS.list()).objects.length
    const response = await upload('A'.repeat(43), png('x'))
    expect(response.status).toBe(404)
    expect((await env.ATTACHMENTS.list()).objects.length).toBe(before)
  })

  it('sends a plain form post (no JavaScript) back to the status page with the outcome', async () => {
    const { secret } = await submitted()
    const added = await upload(secret, png('form'), { accept: 'text/html' })
    expect(added.status).toBe(303)
    expect(added.headers.get('Location')).toBe(`/api/disputes/status/${secret}?attachment=added`)
    const refused = await upload(secret, new TextEncoder().encode('not an image'), { accept: 'text/html' })
    expect(refused.headers.get('Location')).toBe(`/api/disputes/status/${secret}?attachment=wrong_type`)
    const page = await (await status(`${secret}?attachment=wrong_type`, { Accept: 'text/html' })).text()
    expect(page).toContain('只接受照片')
    expect(page).toContain('enctype="multipart/form-data"')
  })

  it('gives the file back only to whoever holds the dispute, unsealed, and audits each download', async () => {
    const { secret, reference } = await submitted()
    const file = png('holder-only-marker')
    await upload(secret, file)
    const id = (
      await env.DB.prepare('SELECT id FROM dispute WHERE reference = ?').bind(reference).first<{ id: string }>()
    )?.id
    const download = (headers: Record<string, string>) =>
      exports.default.fetch(`http://x/api/disputes/ledger/${id}/attachments/1`, { method: 'POST', headers })
    // At the desk (not yet triaged), a mediator holds it; a station head of the station does not.
    const head = await download(await asRole('station_head', { stationId: '01JD0000000000000000000S01' }))
    expect(head.status).toBe(422)
    const response = await download(await asRole('mediator'))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('image/png')
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${reference}-1.png"`)
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(file)
    const audit = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'dispute.attachment.viewed' AND entity_id = ?",
    )
      .bind(id)
      .first<{ n: number }>()
    expect(audit?.n).toBe(1)
    const second = await exports.default.fetch(`http://x/api/disputes/ledger/${id}/attachments/2`, {
      method: 'POST',
      headers: await asRole('mediator'),
    })
    expect(second.status).toBe(404)
  })
})
