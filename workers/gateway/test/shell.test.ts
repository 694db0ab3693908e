import { env } from 'cloudflare:workers'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDb, schema } from '../src/db'
import { VERSION_KEY_COOKIE } from '../src/middleware/version-affinity'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, sessionCookie, type TestAccount } from './identity'

let officer: TestAccount
let staff: { Cookie: string }
beforeAll(async () => {
  officer = await createTestAccount({ roles: ['officer', 'mediator'] })
  staff = { Cookie: await sessionCookie(officer.id) }
})

const page = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetchGateway(path, { headers })
  return { response, html: await response.text() }
}
const speculationScript = (html: string) => html.match(/<script type="speculationrules">(.*?)<\/script>/)?.[1]
const sha256 = async (text: string) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
}

describe('the shared shell: one platform header streamed into every app page', () => {
  it('puts the header at the app’s placeholder and its stylesheet in the head, in every app', async () => {
    for (const [path, headers] of [
      ['/qihe/', {}],
      ['/desk/', staff],
      ['/board/stations/x', staff],
    ] as const) {
      const { html } = await page(path, headers)
      expect(html, path).not.toContain('id="platform-header"')
      expect(html, path).toMatch(/<body><header class="platform-header"[^>]*>.*<\/header><div id="root">/)
      expect(html, path).toMatch(/<head>.*<link rel="stylesheet" href="\/_gateway\/shell.css">.*<\/head>/)
      expect(html, path).toContain('东城分局社区警务平台')
      expect(html, path).toContain('href="#main"')
    }
  })

  it('gives the public zone the public header only: no app switcher, user menu, sign-out or speculation, even with a session', async () => {
    const { html } = await page('/qihe/', staff)
    expect(html).toContain('class="platform-lang"')
    for (const staffPart of [
      'platform-apps',
      'platform-user',
      '/auth/logout',
      'speculationrules',
      '测试账号',
      officer.username,
    ])
      expect(html, staffPart).not.toContain(staffPart)
  })

  it('gives staff pages the app switcher (this app marked), the user menu and a sign-out form', async () => {
    const { html } = await page('/desk/stations/1', staff)
    expect(html).toContain('<a href="/desk/" aria-current="page">社区民警工作台</a>')
    expect(html).toContain('<a href="/board/">评审委员会</a>')
    expect(html).toContain('<a href="/qihe/">祈和驿站</a>')
    expect(html).toContain('当前登录：测试账号')
    expect(html).toContain(officer.username)
    expect(html).toContain('社区民警')
    expect(html).toContain('祈和驿站调解员')
    expect(html).toMatch(/<form method="post" action="\/auth\/logout"><button type="submit"/)
  })

  it('prefetches the other staff apps’ entry pages, and the CSP allows exactly that script by its hash', async () => {
    const { response, html } = await page('/desk/', staff)
    const script = speculationScript(html)
    expect(script).toBeDefined()
    const rules = JSON.parse(script ?? '{}')
    expect(rules.prefetch[0].urls).toEqual(['/board/'])
    expect(rules.prerender[0].where.href_matches).toEqual(['/board/'])
    expect(response.headers.get('Content-Security-Policy')).toContain(await sha256(script ?? ''))
    expect(response.headers.get('Content-Security-Policy')).not.toContain('unsafe-inline')
  })

  it('writes the header in the chosen language and marks the page’s language', async () => {
    const { html } = await page('/desk/', { Cookie: `${staff.Cookie}; lang=en` })
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Dongcheng Branch Community Policing Platform')
    expect(html).toContain('Signed in as Test account')
    expect(html).toContain('<a href="?lang=zh-CN" target="_self" lang="zh-CN" hreflang="zh-CN">中文</a>')
    expect(html).toContain('<a href="?lang=en" target="_self" lang="en" hreflang="en" aria-current="true">English</a>')
  })

  it('switches language without JavaScript: ?lang= on an app page stores the choice and comes back to it', async () => {
    const response = await fetchGateway('/qihe/stations/x?lang=en&tab=2', { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/qihe/stations/x?tab=2')
    expect(response.headers.getSetCookie().join()).toMatch(/^lang=en; Max-Age=31536000; Path=\/; SameSite=Lax/)
    const unknown = await fetchGateway('/qihe/?lang=fr', { redirect: 'manual' })
    expect(unknown.status).toBe(303)
    expect(unknown.headers.getSetCookie().filter((c) => c.startsWith('lang='))).toEqual([])
  })

  it('escapes what it writes: a display name with markup stays text', async () => {
    const hostile = await createTestAccount()
    await createDb(env)
      .update(schema.account)
      .set({ displayNameZh: '<img src=x onerror=alert(1)>"&', displayNameEn: '</summary><script>alert(1)</script>' })
      .where(eq(schema.account.id, hostile.id))
    const cookie = await sessionCookie(hostile.id)
    const zh = (await page('/desk/', { Cookie: cookie })).html
    expect(zh).not.toContain('<img src=x')
    expect(zh).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&amp;')
    const en = (await page('/desk/', { Cookie: `${cookie}; lang=en` })).html
    expect(en).not.toContain('<script>alert(1)</script>')
    expect(en).toContain('&lt;/summary&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('leaves assets, non-HTML answers and HTML under /assets without a header', async () => {
    expect(await (await fetchGateway('/qihe/assets/index-A1.js')).text()).toBe('export {}')
    expect(await (await fetchGateway('/qihe/plain')).text()).toBe('not a page')
    expect(await (await fetchGateway('/qihe/assets/missing-x.js')).text()).not.toContain('<header')
  })

  it('serves its stylesheet with the view-transition opt-in, under the staff policy’s self source', async () => {
    const response = await fetchGateway('/_gateway/shell.css')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/css; charset=utf-8')
    const css = await response.text()
    expect(css).toContain('@view-transition { navigation: auto; }')
    expect(css).toContain('prefers-reduced-motion')
  })
})

describe('version affinity during gradual deployments', () => {
  const key = (response: Response) =>
    response.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${VERSION_KEY_COOKIE}=`))
      ?.split(';')[0]
      ?.split('=')[1]

  it('gives a browser a random key on its first page and sends it to every mount it calls', async () => {
    const first = await fetchGateway('/qihe/')
    const given = key(first)
    expect(given).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(first.headers.getSetCookie().join()).toContain('HttpOnly')
    expect(first.headers.get('X-Stub-Version-Key')).toBe(given)
    const cookie = { Cookie: `${VERSION_KEY_COOKIE}=${given}; ${staff.Cookie}` }
    for (const path of ['/qihe/assets/index-A1.js', '/desk/', '/board/x']) {
      const response = await fetchGateway(path, { headers: cookie })
      expect(response.headers.get('X-Stub-Version-Key'), path).toBe(given)
      expect(key(response), path).toBeUndefined()
    }
    expect(key(await fetchGateway('/qihe/'))).not.toBe(given)
  })

  it('never passes on a key or version override the client sent, nor the key cookie to the public zone', async () => {
    const response = await fetchGateway('/qihe/', {
      headers: {
        'Cloudflare-Workers-Version-Key': 'chosen-by-client',
        'Cloudflare-Workers-Version-Overrides': 'qihe-intake="00000000-0000-0000-0000-000000000000"',
        Cookie: `${VERSION_KEY_COOKIE}=not well formed`,
      },
    })
    expect(response.headers.get('X-Stub-Version-Key')).not.toBe('chosen-by-client')
    expect(response.headers.get('X-Stub-Version-Key')).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(response.headers.get('X-Stub-Version-Overrides')).toBe('')
    expect(response.headers.get('X-Stub-Cookie')).toBe('')
  })

  it('sets no cookie on an asset or API answer', async () => {
    for (const path of ['/qihe/assets/index-B2.js', '/api/public/district', '/_gateway/shell.css'])
      expect(key(await fetchGateway(path)), path).toBeUndefined()
  })
})

describe('revalidation of app pages', () => {
  it('always sends an app page whole: no conditional request to the app, no validator to the browser', async () => {
    const response = await fetchGateway('/qihe/', { headers: { 'If-None-Match': '"abc"', 'If-Modified-Since': 'x' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBeNull()
    expect(response.headers.get('Last-Modified')).toBeNull()
    expect(response.headers.get('X-Stub-If-None-Match')).toBe('')
    const asset = await fetchGateway('/qihe/assets/index-C3.js', { headers: { 'If-None-Match': '"abc"' } })
    expect(asset.headers.get('X-Stub-If-None-Match')).toBe('"abc"')
  })
})
