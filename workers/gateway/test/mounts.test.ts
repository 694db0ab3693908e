import { describe, expect, it } from 'vitest'
import { defineMounts, matchMount, mounts } from '../src/mounts'

describe('the mount table', () => {
  it('mounts the three apps and the four domain workers', () => {
    expect(mounts.map((mount) => `${mount.prefix}→${mount.binding}`).sort()).toEqual([
      '/api/assessments→ASSESSMENTS',
      '/api/communities→COMMUNITIES',
      '/api/disputes→DISPUTES',
      '/api/officers→OFFICERS',
      '/board→REVIEW_BOARD',
      '/desk→OFFICER_DESK',
      '/qihe→QIHE_INTAKE',
    ])
  })

  it('keeps the citizens’ intake in the public zone and the staff apps out of it', () => {
    const zone = (prefix: string) => mounts.find((mount) => mount.prefix === prefix)?.zone
    expect(zone('/qihe')).toBe('public')
    expect(zone('/board')).toBe('staff')
    expect(zone('/desk')).toBe('staff')
  })

  it('time-boxes every mount, 3000 ms unless it says otherwise', () => {
    expect(mounts.every((mount) => mount.timeoutMs === 3000)).toBe(true)
    const [custom] = defineMounts([
      { prefix: '/x', binding: 'QIHE_INTAKE', zone: 'public', kind: 'app', timeoutMs: 50 },
    ])
    expect(custom?.timeoutMs).toBe(50)
  })

  it('refuses a prefix declared twice', () => {
    expect(() =>
      defineMounts([
        { prefix: '/qihe', binding: 'QIHE_INTAKE', zone: 'public', kind: 'app' },
        { prefix: '/qihe', binding: 'REVIEW_BOARD', zone: 'staff', kind: 'app' },
      ]),
    ).toThrow(/declared twice/)
  })

  it('refuses malformed entries', () => {
    const app = { binding: 'QIHE_INTAKE', zone: 'public', kind: 'app' } as const
    expect(() => defineMounts([{ ...app, prefix: '/qihe/' }])).toThrow(/lowercase path/)
    expect(() => defineMounts([{ ...app, prefix: '/api/qihe' }])).toThrow(/must not live under \/api/)
    expect(() => defineMounts([{ ...app, prefix: '/officers', kind: 'api' }])).toThrow(/under \/api/)
    expect(() => defineMounts([{ ...app, prefix: '/qihe', timeoutMs: 0 }])).toThrow(/positive/)
  })

  it('keeps mounts off the gateway’s own paths (sign-in, identity, public API, docs)', () => {
    const api = { binding: 'OFFICERS', zone: 'staff', kind: 'api' } as const
    for (const prefix of ['/api/identity', '/api/identity/x', '/api/public', '/api/docs'] as const)
      expect(() => defineMounts([{ ...api, prefix }]), prefix).toThrow(/gateway's own paths/)
    const app = { binding: 'QIHE_INTAKE', zone: 'public', kind: 'app' } as const
    for (const prefix of ['/auth', '/auth/x'] as const)
      expect(() => defineMounts([{ ...app, prefix }]), prefix).toThrow(/gateway's own paths/)
  })

  it('gives a path to the longest matching prefix', () => {
    const table = defineMounts([
      { prefix: '/api/communities', binding: 'COMMUNITIES', zone: 'staff', kind: 'api' },
      { prefix: '/api/communities/public', binding: 'OFFICERS', zone: 'public', kind: 'api' },
    ])
    expect(matchMount(table, '/api/communities/public/stations')?.binding).toBe('OFFICERS')
    expect(matchMount(table, '/api/communities/stations')?.binding).toBe('COMMUNITIES')
    expect(matchMount(table, '/api/communities')?.binding).toBe('COMMUNITIES')
    expect(matchMount(table, '/api/communitiesx')).toBeUndefined()
  })
})
