import { exports } from 'cloudflare:workers'
import { type ErrorBody, MAX_JSON_BODY_BYTES } from '@platform/contracts'
import { describe, expect, it } from 'vitest'

describe('answers outside the routes', () => {
  it('answers an unknown /api route with 404 in the error shape', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/nowhere')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(await response.json<ErrorBody>()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No route for GET /api/officers/nowhere' },
    })
  })

  it('refuses a body over the limit with 413 before any route sees it', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/roster', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(MAX_JSON_BODY_BYTES) }),
    })
    expect(response.status).toBe(413)
    expect((await response.json<ErrorBody>()).error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('keeps the request id the gateway sent', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/health', {
      headers: { 'X-Request-Id': 'gateway-request-1' },
    })
    expect(response.headers.get('X-Request-Id')).toBe('gateway-request-1')
  })
})
