import { exports } from 'cloudflare:workers'
import { ErrorBody } from '@platform/contracts'
import { describe, expect, it } from 'vitest'

describe('unknown routes', () => {
  it('answers an unknown /api route with 404 in the platform error shape', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/nothing-here')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/application\/json/)
    const body = ErrorBody.parse(await res.json())
    expect(body.error.code).toBe('NOT_FOUND')
  })
})
