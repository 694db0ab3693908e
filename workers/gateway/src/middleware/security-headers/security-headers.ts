import type { MiddlewareHandler } from 'hono'
import { CONTENT_SECURITY_POLICY, type PolicyZone } from './zone-policies'

export type SecurityHeadersOptions = {
  /** The trust zone of a path (its mount's, `gateway` for the gateway's own): it picks the CSP. */
  zoneOf?: (path: string) => PolicyZone
  /** One CSP per zone (./zone-policies): only `'self'` sources, no inline script or style. */
  contentSecurityPolicy?: Readonly<Record<PolicyZone, string>>
  strictTransportSecurity?: string
  referrerPolicy?: string
  permissionsPolicy?: string
  frameOptions?: string
  /** HTML must be revalidated so a new deploy of an app is picked up at once. */
  htmlCacheControl?: string
}

const defaults: Required<SecurityHeadersOptions> = {
  zoneOf: () => 'gateway',
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
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
 * Every answer gets nosniff, HSTS and the referrer policy; HTML also gets the CSP of its trust
 * zone, framing and feature policies and `no-cache`.
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
    headers.set('Content-Security-Policy', policy.contentSecurityPolicy[policy.zoneOf(c.req.path)])
    headers.set('X-Frame-Options', policy.frameOptions)
    headers.set('Permissions-Policy', policy.permissionsPolicy)
    // Sign-in pages ask for `no-store` (they hold secrets); keep that, stricter than no-cache.
    if (headers.get('Cache-Control') !== 'no-store') headers.set('Cache-Control', policy.htmlCacheControl)
  }
}
