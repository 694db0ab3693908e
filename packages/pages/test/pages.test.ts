import { describe, expect, it } from 'vitest'
import { Layout, renderPlatformHeader, scriptHash, speculationRules } from '../src'

const user = {
  username: 'demo.officer',
  displayName: { zh: '王警官', en: 'Officer Wang' },
  roles: ['officer'],
  scopeLevel: 'station',
}

describe('the platform header', () => {
  it('is the public header unless given staff parts: platform name, skip link, language switch', () => {
    const html = renderPlatformHeader({ locale: 'zh-CN', languageBase: '' })
    expect(html).toContain('<a class="platform-skip" href="#main">跳到主要内容</a>')
    expect(html).toContain('东城分局社区警务平台')
    expect(html).toContain('href="?lang=en"')
    for (const staffPart of ['platform-apps', 'platform-user', '/auth/logout']) expect(html).not.toContain(staffPart)
  })

  it('gives staff the app switcher with this app marked and the user menu with sign-out', () => {
    const html = renderPlatformHeader({
      locale: 'en',
      languageBase: '',
      apps: [
        { prefix: '/board', current: false },
        { prefix: '/desk', current: true },
      ],
      user,
    })
    expect(html).toContain('<a href="/desk/" aria-current="page">Officer desk</a>')
    expect(html).toContain('<a href="/board/">Review board</a>')
    expect(html).toContain('Signed in as Officer Wang')
    expect(html).toContain('<li>Community officer</li>')
    expect(html).toContain('Reach: own station')
    expect(html).toContain('<form method="post" action="/auth/logout">')
  })

  it.each([
    ['', '?lang=en'],
    ['/auth/login?next=%2Fdesk%2F', '/auth/login?next=%2Fdesk%2F&amp;lang=en'],
  ])('leads the language switch from %j to %j; leaves it out when there is no way back', (base, href) => {
    expect(renderPlatformHeader({ locale: 'zh-CN', languageBase: base })).toContain(`href="${href}"`)
    expect(renderPlatformHeader({ locale: 'zh-CN' })).not.toContain('platform-lang')
  })

  it('escapes every value it writes', () => {
    const html = renderPlatformHeader({
      locale: 'zh-CN',
      user: { ...user, username: '"><script>x</script>', displayName: { zh: '<b>王</b>', en: '' } },
    })
    expect(html).not.toMatch(/<script>|<b>/)
    expect(html).toContain('&lt;b&gt;王&lt;/b&gt;')
  })
})

describe('the page layout', () => {
  it('frames a page with the header, both stylesheets, the main landmark and the title suffix', () => {
    const html = String(Layout({ locale: 'en', title: 'Receipt', site: 'Qihe Station', languageBase: '' }))
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true)
    expect(html).toContain('<title>Receipt · Qihe Station</title>')
    expect(html).toContain('href="/_gateway/site.css"')
    expect(html).toContain('href="/_gateway/shell.css"')
    expect(html).toContain('<header class="platform-header"')
    expect(html).toContain('<main id="main" class="wrap" tabindex="-1">')
    expect(html).not.toMatch(/<script|style=/)
  })
})

describe('speculation rules', () => {
  it('prefetch the entry pages and prerender them on hover', () => {
    const rules = JSON.parse(speculationRules(['/board/']))
    expect(rules).toEqual({
      prefetch: [{ source: 'list', urls: ['/board/'], eagerness: 'immediate' }],
      prerender: [{ source: 'document', where: { href_matches: ['/board/'] }, eagerness: 'moderate' }],
    })
  })

  it('are allowed by the SHA-256 of their exact text', async () => {
    expect(await scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
  })
})
