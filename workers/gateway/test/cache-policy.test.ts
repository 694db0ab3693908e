import { beforeAll, describe, expect, it } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, sessionCookie } from './identity'

let staff: { Cookie: string }
beforeAll(async () => {
  staff = { Cookie: await sessionCookie((await createTestAccount()).id) }
})

describe('caching of app answers', () => {
  it('keeps a public app’s hashed assets a year in any cache, without revalidation', async () => {
    const response = await fetchGateway('/qihe/assets/index-Bx7dK2a9.js')
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
  })

  it('keeps a staff app’s hashed assets a year in the browser only', async () => {
    const response = await fetchGateway('/desk/assets/index-Bx7dK2a9.js', { headers: staff })
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=31536000, immutable')
  })

  it('asks the browser to revalidate every HTML answer, whatever the app sent', async () => {
    for (const path of ['/qihe/', '/qihe/stations/x'])
      expect((await fetchGateway(path, { headers: staff })).headers.get('Cache-Control'), path).toBe('no-cache')
    // A staff page carries the user's header: the browser's alone.
    expect((await fetchGateway('/desk/', { headers: staff })).headers.get('Cache-Control')).toBe('private, no-cache')
  })

  it('never makes an HTML answer under /assets immutable (a missing file answered with the shell)', async () => {
    const response = await fetchGateway('/qihe/assets/missing-x.js')
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(response.headers.get('Cache-Control')).toBe('no-cache')
  })

  it('leaves other files of an app to the app (no year-long life outside /assets)', async () => {
    const response = await fetchGateway('/qihe/plain')
    expect(response.headers.get('Cache-Control') ?? '').not.toContain('immutable')
  })
})
