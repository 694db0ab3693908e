import { describe, expect, it } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { stubCounts } from './stub-counts'

describe('the landing page', () => {
  it('introduces the platform in zh-CN by default and links the three apps', async () => {
    const response = await fetchGateway('/')
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).toContain('<html lang="zh-CN">')
    expect(page).toContain('charset="utf-8"')
    for (const text of ['预防在前的社区警务', '祈和驿站', '评审委员会', '民警工作台']) expect(page).toContain(text)
    for (const href of ['/qihe/', '/board/', '/desk/']) expect(page).toContain(`href="${href}"`)
  })

  it('shows the district counts from the domain workers', async () => {
    const page = await (await fetchGateway('/')).text()
    const counts = { ...stubCounts.communities, ...stubCounts.officers }
    for (const value of Object.values(counts)) expect(page).toContain(`<dd>${value}</dd>`)
  })

  it('has landmarks, one h1 and a skip link', async () => {
    const page = await (await fetchGateway('/')).text()
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) expect(page).toContain(landmark)
    expect(page.match(/<h1[ >]/g)).toHaveLength(1)
    expect(page).toContain('href="#main"')
  })

  it('carries no inline script or style, only the gateway stylesheet', async () => {
    const page = await (await fetchGateway('/')).text()
    expect(page).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i)
    expect(page).toContain('<link rel="stylesheet" href="/_gateway/site.css"/>')
    const css = await fetchGateway('/_gateway/site.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('Content-Type')).toBe('text/css; charset=utf-8')
    expect(await css.text()).toContain('PingFang SC')
  })

  it('speaks English when the lang cookie the apps share says en', async () => {
    const page = await (await fetchGateway('/', { headers: { Cookie: 'theme=x; lang=en' } })).text()
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('Qihe Station')
    expect(page).not.toContain('祈和驿站')
  })

  it('switches language without JavaScript: ?lang sets the cookie and redirects to the clean address', async () => {
    const response = await fetchGateway('/?lang=en', { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/')
    const cookie = response.headers.get('Set-Cookie') ?? ''
    expect(cookie).toContain('lang=en')
    expect(cookie).toContain('Path=/')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).not.toContain('HttpOnly')

    const back = await fetchGateway('/?lang=zh-CN', { redirect: 'manual', headers: { Cookie: 'lang=en' } })
    expect(back.headers.get('Set-Cookie')).toContain('lang=zh-CN')
  })

  it('offers both switch links, marking the current language', async () => {
    const page = await (await fetchGateway('/')).text()
    expect(page).toMatch(/href="\/\?lang=zh-CN"[^>]*aria-current="true"/)
    expect(page).toContain('href="/?lang=en"')
  })

  it('ignores an unknown language instead of storing it', async () => {
    const response = await fetchGateway('/?lang=fr', { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('Set-Cookie')).toBeNull()
  })
})
