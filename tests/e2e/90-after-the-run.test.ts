import { readFileSync } from 'node:fs'
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS, generateDistrict } from '@platform/seed'
import { describe, expect, it } from 'vitest'
import { baseUrl } from './browser'
import { signInByApi } from './sign-in'

// What the whole end-to-end run left behind. Runs last (files run in name order).

/** Every personal value the seed holds: people's names, the demo password and second-factor secrets. */
function personalValues(): string[] {
  const district = generateDistrict()
  const people = [
    ...district.officers.officer,
    ...district.assessments.boardMember,
    ...district.disputes.qiheStaff,
    ...district.identity.account.map((a) => ({ nameZh: a.displayNameZh, nameEn: a.displayNameEn })),
  ]
  const names = people.flatMap((p) => [p.nameZh, p.nameEn])
  const secrets = Object.values(DEMO_TOTP_SECRETS).filter((s): s is string => Boolean(s))
  return [...new Set([...names, DEMO_PASSWORD, ...secrets])].filter((v) => v.length >= 2)
}

describe('after the whole run', () => {
  it('no log line of the platform holds a personal value from the seed', () => {
    const logFile = process.env.PLATFORM_LOG
    if (!logFile) throw new Error('PLATFORM_LOG is not set: run through `npm test`')
    const log = readFileSync(logFile, 'utf8')
    expect(log.length).toBeGreaterThan(0)
    const leaks = personalValues().filter((value) => log.includes(value))
    expect(leaks).toEqual([])
  })

  it('the audit chain of every worker verifies', async () => {
    const cookie = await signInByApi('demo.auditor')
    for (const name of ['identity', 'officers', 'communities', 'assessments', 'disputes']) {
      const res = await fetch(`${baseUrl}/api/${name}/audit/verify`, { headers: { cookie } })
      expect(res.status, name).toBe(200)
      expect(await res.json(), name).toMatchObject({ ok: true, firstBroken: null })
    }
  })
})
