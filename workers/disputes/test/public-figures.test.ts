import { env, exports } from 'cloudflare:workers'
import { PublicDisputeFigures } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { submitted } from './intake-helpers'

describe('GET /api/disputes/public/figures', () => {
  it('counts disputes per month and kind, suppressing counts under 5, with no personal data', async () => {
    for (let i = 0; i < 5; i++) await submitted({ category: 'wages' })
    for (let i = 0; i < 2; i++) await submitted({ category: 'traffic' })
    const response = await exports.default.fetch('http://x/api/disputes/public/figures')
    expect(response.status).toBe(200)
    const text = await response.clone().text()
    const figures = PublicDisputeFigures.parse(await response.json())
    expect(figures.minimumCell).toBe(5)
    expect(figures.months).toHaveLength(12)
    const current = figures.months.at(-1)
    const count = (category: string) => current?.categories.find((c) => c.category === category)?.count
    expect(count('wages')).toBe(5)
    expect(count('traffic')).toBeNull()
    expect(count('family')).toBeNull()
    expect(text).not.toMatch(/王秀英|13812341234|QH-/)
    expect((await env.DB.prepare('SELECT count(*) AS n FROM dispute').first<{ n: number }>())?.n).toBe(7)
  })
})
