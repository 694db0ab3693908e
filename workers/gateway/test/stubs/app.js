// Stand-in for an app worker (Vite build served as static assets). It reports what it received
// in X-Stub-* headers so tests can check the path, request id, cookies and assertion the gateway
// forwarded, and names its build in X-App-Version. Like an asset worker with single-page-app
// handling, it answers a missing asset (/assets/missing-*) with its HTML shell. Its page has the
// platform header's placeholder, like every app's index.html.
export default {
  async fetch(request, env) {
    const url = new URL(request.url)
    const seen = {
      'X-Stub-App': env.APP_NAME,
      'X-Stub-Path': `${url.pathname}${url.search}`,
      'X-Stub-Request-Id': request.headers.get('X-Request-Id') ?? '',
      'X-Stub-Cookie': request.headers.get('Cookie') ?? '',
      'X-Stub-Assertion': request.headers.get('X-Actor-Assertion') ?? '',
      'X-Stub-Version-Key': request.headers.get('Cloudflare-Workers-Version-Key') ?? '',
      'X-Stub-If-None-Match': request.headers.get('If-None-Match') ?? '',
      'X-Stub-Version-Overrides': request.headers.get('Cloudflare-Workers-Version-Overrides') ?? '',
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
    // A build's entry names its lazy chunk the way Vite does (`assets/<name>-<hash>.js`).
    if (url.pathname === '/assets/entry-Stub1.js') {
      const entry =
        "const lazy = () => import('./lazy-Stub2.js') // preload: assets/lazy-Stub2.js, assets/style-Stub3.css"
      return new Response(entry, { headers: { ...seen, 'Content-Type': 'text/javascript' } })
    }
    if (url.pathname.startsWith('/assets/') && !url.pathname.startsWith('/assets/missing-')) {
      return new Response('export {}', { headers: { ...seen, 'Content-Type': 'text/javascript' } })
    }
    const page = `<!doctype html><html lang="zh-CN"><head><title>${env.APP_NAME}</title><script type="module" src="./assets/entry-Stub1.js"></script></head><body><div id="platform-header"></div><div id="root"></div></body></html>`
    return new Response(page, {
      headers: {
        ...seen,
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'public, max-age=0, must-revalidate',
      },
    })
  },
}
