// Stand-in for an app worker (Vite build served as static assets). It reports what it received
// in X-Stub-* headers so tests can check the path, request id, cookies and assertion the gateway
// forwarded, and names its build in X-App-Version. Like an asset worker with single-page-app
// handling, it answers a missing asset (/assets/missing-*) with its HTML shell.
export default {
  async fetch(request, env) {
    const url = new URL(request.url)
    const seen = {
      'X-Stub-App': env.APP_NAME,
      'X-Stub-Path': `${url.pathname}${url.search}`,
      'X-Stub-Request-Id': request.headers.get('X-Request-Id') ?? '',
      'X-Stub-Cookie': request.headers.get('Cookie') ?? '',
      'X-Stub-Assertion': request.headers.get('X-Actor-Assertion') ?? '',
      'X-App-Version': `${env.APP_NAME}@stub-1`,
      'Set-Cookie': 'stub-app=1; Path=/',
    }
    if (url.pathname === '/moved') {
      return new Response(null, { status: 302, headers: { ...seen, Location: '/landing-spot' } })
    }
    if (url.pathname === '/missing') {
      return new Response('<!doctype html><title>missing</title>', {
        status: 404,
        headers: { ...seen, 'Content-Type': 'text/html; charset=utf-8' },
      })
    }
    if (url.pathname === '/cookies') {
      const headers = new Headers(seen)
      headers.delete('Set-Cookie')
      headers.append('Set-Cookie', '__Host-sid=from-the-app; Path=/; Secure; HttpOnly')
      headers.append('Set-Cookie', 'lang=en; Path=/')
      headers.append('Set-Cookie', 'draft=1; Domain=example.com; Path=/form; HttpOnly; SameSite=Strict')
      return new Response('ok', { headers })
    }
    if (url.pathname === '/plain') {
      return new Response('not a page', { headers: { ...seen, 'Content-Type': 'text/plain' } })
    }
    if (url.pathname.startsWith('/assets/') && !url.pathname.startsWith('/assets/missing-')) {
      return new Response('export {}', { headers: { ...seen, 'Content-Type': 'text/javascript' } })
    }
    const page = `<!doctype html><html lang="zh-CN"><head><title>${env.APP_NAME}</title></head><body><div id="root"></div></body></html>`
    return new Response(page, {
      headers: {
        ...seen,
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'public, max-age=0, must-revalidate',
      },
    })
  },
}
