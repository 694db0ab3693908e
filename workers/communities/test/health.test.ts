import { exports } from 'cloudflare:workers'
import type { Health } from '@platform/contracts'
import { describe, expect, it } from 'vitest'

describe('GET /api/communities/health', () => {
  it('answers 200 ok when the database answers and every migration is applied', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/health')
    expect(response.status).toBe(200)
    expect(await response.json<Health>()).toEqual({
      status: 'ok',
      worker: 'communities',
      database: { reachable: true, missingTables: [] },
    })
  })
})
