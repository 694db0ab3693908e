import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { C01, nextAddress } from './intake-helpers'

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  exports.default.fetch('http://x/api/disputes/intake', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': nextAddress(), ...headers },
    body: new URLSearchParams(fields).toString(),
  })

const valid = (key: string) => ({
  idempotencyKey: key,
  category: 'family',
  description: '我们家兄弟之间因为老房子的分配发生了争执。',
  communityId: C01,
  address: '南锣鼓巷 12 号',
  applicantName: '陈小红',
  applicantPhone: '13511112222',
  otherName: '',
  otherPhone: '',
  preferredHandling: 'phone_call',
  consent: 'on',
})

describe('the intake without JavaScript (form post, server-rendered pages)', () => {
  it('serves the form with every community by station, a fresh key and no script', async () => {
    const response = await exports.default.fetch('http://x/api/disputes/intake/form')
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('<form')
    expect(page).toContain('action="/api/disputes/intake"')
    expect(page).toMatch(/<optgroup label="一号派出所">/)
    expect(page).toContain(`value="${C01}"`)
    expect(page).toMatch(/name="idempotencyKey" value="[0-9A-Z]{26}"/)
    expect(page).not.toMatch(/<script|style=/)
    const en = await exports.default.fetch('http://x/api/disputes/intake/form', { headers: { Cookie: 'lang=en' } })
    expect(await en.text()).toContain('Bring a dispute online')
  })

  it('switches language with ?lang= (cookie, then back to the page)', async () => {
    const response = await exports.default.fetch('http://x/api/disputes/intake/form?lang=en', { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/api/disputes/intake/form')
    expect(response.headers.get('Set-Cookie')).toMatch(/^lang=en;/)
  })

  it('answers a confirmation page with the reference, the status link and a QR code', async () => {
    const response = await form(valid('form-key-0001'))
    expect(response.status).toBe(201)
    const page = await response.text()
    expect(page).toMatch(/QH-\d{4}-[0-9A-HJKMNP-TV-Z]{6}/)
    expect(page).toMatch(/href="\/api\/disputes\/status\/[A-Za-z0-9_-]{43}"/)
    expect(page).toContain('<svg')
    expect(page).not.toMatch(/<script|style=/)
  })

  it('answers a second post of the same form (same hidden key) with the same confirmation, one dispute', async () => {
    const first = await (await form(valid('form-key-0002'))).text()
    const before = await env.DB.prepare('SELECT count(*) AS n FROM dispute').first<{ n: number }>()
    const again = await (await form(valid('form-key-0002'))).text()
    expect(again).toBe(first)
    expect(await env.DB.prepare('SELECT count(*) AS n FROM dispute').first<{ n: number }>()).toEqual(before)
  })

  it('shows the form again with each error tied to its field, values kept, consent required', async () => {
    const response = await form({ ...valid('form-key-0003'), consent: '', applicantPhone: '123' })
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toContain('id="consent-error"')
    expect(page).toMatch(
      /id="consent"[^>]*aria-describedby="consent-error"|aria-describedby="consent-error"[^>]*id="consent"/,
    )
    expect(page).toContain('id="applicantPhone-error"')
    expect(page).toContain('value="陈小红"')
    expect(page).toContain('class="error-summary"')
  })

  it('shows script typed into a field as text, never as markup', async () => {
    const response = await form({
      ...valid('form-key-0004'),
      consent: '',
      description: '<script>alert(1)</script> 很长的描述',
    })
    const page = await response.text()
    expect(page).not.toContain('<script>alert(1)</script>')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})
