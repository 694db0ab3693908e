import { MAX_JSON_BODY_BYTES } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { fetchGateway } from './fetch-gateway'

describe('unknown paths', () => {
  it('answers 404 JSON in the error shape under /api', async () => {
    for (const path of ['/api/nope', '/api', '/api/public/nothing']) {
      const response = await fetchGateway(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('Content-Type'), path).toMatch(/^application\/json/)
      expect(await response.json(), path).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.any(String) } })
    }
  })

  it('answers a 404 page in zh-CN by default, with a link home', async () => {
    const response = await fetchGateway('/no/such/page')
    expect(response.status).toBe(404)
    const page = await response.text()
    expect(page).toContain('<html lang="zh-CN">')
    expect(page).toContain('页面不存在')
    expect(page).toMatch(/<a[^>]+href="\/"/)
  })

  it('answers the 404 page in English when the lang cookie says so', async () => {
    const page = await (await fetchGateway('/no/such/page', { headers: { Cookie: 'lang=en' } })).text()
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('Page not found')
  })
})

describe('bad input at the gateway', () => {
  it('refuses an API body over the limit with 413 before any worker sees it', async () => {
    const response = await fetchGateway('/api/disputes/intake', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'x'.repeat(MAX_JSON_BODY_BYTES) }),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  })

  it('also counts a streamed body without a length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_JSON_BODY_BYTES) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const response = await fetchGateway('/api/officers/anything', { method: 'POST', body })
    expect(response.status).toBe(413)
  })

  it('lets a body within the limit through', async () => {
    const response = await fetchGateway('/api/officers/anything', { method: 'POST', body: '{"ok":true}' })
    expect(response.status).toBe(200)
  })
})
