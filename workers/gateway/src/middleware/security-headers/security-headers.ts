import type { MiddlewareHandler } from 'hono'

export type SecurityHeadersOptions = {
  /** Only `'self'` sources: the pages and the apps ship no inline script or style. */
  contentSecurityPolicy?: string
  strictTransportSecurity?: string
  referrerPolicy?: string
  permissionsPolicy?: string
  frameOptions?: string
  /** HTML must be revalidated so a new deploy of an app is picked up at once. */
  htmlCacheControl?: string
}

const defaults: Required<SecurityHeadersOptions> = {
  contentSecurityPolicy: [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  referrerPolicy: 'no-referrer',
  permissionsPolicy: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  frameOptions: 'DENY',
  htmlCacheControl: 'no-cache',
}

const isHtml = (contentType: string | null) => contentType?.toLowerCase().includes('text/html') ?? false

/**
 * The one place the platform's browser policy is set, on the gateway's own pages and on the
 * HTML the app workers return alike (the gateway's value replaces whatever an app sent).
 * Every answer gets nosniff, HSTS and the referrer policy; HTML also gets the CSP, framing and
 * feature policies and `no-cache`.
 */
export const securityHeaders = (options: SecurityHeadersOptions = {}): MiddlewareHandler => {
  const policy = { ...defaults, ...options }
  return async function securityHeaders(c, next) {
    await next()
    // Proxied answers are copied into a mutable Response by the proxy, so headers can be set here.
    const headers = c.res.headers
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Strict-Transport-Security', policy.strictTransportSecurity)
    headers.set('Referrer-Policy', policy.referrerPolicy)
    // No CORS anywhere: whatever a worker sent, other origins get no read access through the gateway.
    for (const name of [...headers.keys()]) if (name.startsWith('access-control-')) headers.delete(name)
    if (!isHtml(headers.get('Content-Type'))) return
    headers.set('Content-Security-Policy', policy.contentSecurityPolicy)
    headers.set('X-Frame-Options', policy.frameOptions)
    headers.set('Permissions-Policy', policy.permissionsPolicy)
    // Sign-in pages ask for `no-store` (they hold secrets); keep that, stricter than no-cache.
    if (headers.get('Cache-Control') !== 'no-store') headers.set('Cache-Control', policy.htmlCacheControl)
  }
}
