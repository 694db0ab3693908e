import { describe, expect, it } from 'vitest'
import { normaliseLocale, parseLangCookie, serializeLangCookie } from '../src/i18n/locale'

describe('the lang cookie', () => {
  it('reads the language among other cookies', () => {
    expect(parseLangCookie('theme=dark; lang=en; sid=abc')).toBe('en')
    expect(parseLangCookie('lang=zh-CN')).toBe('zh-CN')
  })

  it('gives no language when the cookie is absent, empty or unknown (the app then uses zh-CN)', () => {
    expect(parseLangCookie('')).toBeNull()
    expect(parseLangCookie(undefined)).toBeNull()
    expect(parseLangCookie('slang=en')).toBeNull()
    expect(parseLangCookie('lang=fr')).toBeNull()
    expect(parseLangCookie('lang=%E0%A4%A')).toBeNull()
  })

  it('accepts regional spellings of the two languages', () => {
    expect(normaliseLocale('en-GB')).toBe('en')
    expect(normaliseLocale('zh')).toBe('zh-CN')
    expect(normaliseLocale('zh-Hans-CN')).toBe('zh-CN')
  })

  it('is written for the whole site, a year, SameSite=Lax and readable by scripts', () => {
    const cookie = serializeLangCookie('en', { secure: false })
    expect(cookie).toBe('lang=en; Path=/; Max-Age=31536000; SameSite=Lax')
    expect(cookie).not.toContain('HttpOnly')
    expect(serializeLangCookie('zh-CN', { secure: true })).toMatch(/; Secure$/)
  })

  it('reads back what it writes', () => {
    expect(parseLangCookie(serializeLangCookie('en', { secure: false }).split(';')[0])).toBe('en')
  })
})
