import type { MiddlewareHandler } from 'hono'
import { CONTENT_SECURITY_POLICY, type PolicyZone, withScriptSources } from './zone-policies'

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
  /**
   * Inline scripts the staff pages may run, by hash (`'sha256-…'`): the speculation rules the
   * gateway writes into staff app pages (../../shell/platform-shell). Nothing else inline.
   */
  staffScriptHashes?: () => Promise<readonly string[]>
}

const defaults: Required<Omit<SecurityHeadersOptions, 'staffScriptHashes'>> = {
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
  // Hashed on the first request (Web Crypto is not for a worker's global scope), then kept.
  let policies: Promise<Readonly<Record<PolicyZone, string>>> | undefined
  const zonePolicies = () => {
    policies ??= (options.staffScriptHashes?.() ?? Promise.resolve([])).then((hashes) => ({
      ...policy.contentSecurityPolicy,
      staff: withScriptSources(policy.contentSecurityPolicy.staff, hashes),
    }))
    return policies
  }
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
    headers.set('Content-Security-Policy', (await zonePolicies())[policy.zoneOf(c.req.path)])
    headers.set('X-Frame-Options', policy.frameOptions)
    headers.set('Permissions-Policy', policy.permissionsPolicy)
    // Sign-in pages ask for `no-store` (they hold secrets), staff app pages `private, no-cache`
    // (they carry the user's header): keep those, stricter than no-cache.
    const kept = headers.get('Cache-Control') ?? ''
    if (kept !== 'no-store' && kept !== 'private, no-cache') headers.set('Cache-Control', policy.htmlCacheControl)
  }
}
