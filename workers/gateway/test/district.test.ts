import { describe, expect, it } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { stubCounts } from './stub-counts'

describe('GET /api/public/district', () => {
  it('answers the counts the communities and officers workers give over RPC', async () => {
    const response = await fetchGateway('/api/public/district')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ...stubCounts.communities, ...stubCounts.officers })
  })

  it('refuses other methods with a clean 405', async () => {
    const response = await fetchGateway('/api/public/district', { method: 'POST', body: '{}' })
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toContain('GET')
    expect(await response.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } })
  })
})
