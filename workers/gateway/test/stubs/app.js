// Stand-in for an app worker (Vite build served as static assets). It reports what it received
// in X-Stub-* headers so tests can check the path, request id, cookies and assertion the gateway forwarded.
export default {
  async fetch(request, env) {
    const url = new URL(request.url)
    const seen = {
      'X-Stub-App': env.APP_NAME,
      'X-Stub-Path': `${url.pathname}${url.search}`,
      'X-Stub-Request-Id': request.headers.get('X-Request-Id') ?? '',
      'X-Stub-Cookie': request.headers.get('Cookie') ?? '',
      'X-Stub-Assertion': request.headers.get('X-Actor-Assertion') ?? '',
    }
    if (url.pathname === '/moved') {
      return new Response(null, { status: 302, headers: { ...seen, Location: '/landing-spot' } })
    }
    if (url.pathname.startsWith('/assets/')) {
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
