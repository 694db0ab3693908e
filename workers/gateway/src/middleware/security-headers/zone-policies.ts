import type { Mount } from '../../mounts'

/** Which policy a page gets: its mount's trust zone, or `gateway` for the gateway's own pages. */
export type PolicyZone = Mount['zone'] | 'gateway'

/** What the staff apps and the gateway's own pages need: only `'self'`, no inline script or style. */
const STAFF = [
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
]

/**
 * The public zone (the citizens' app, open to anyone) starts from nothing: every kind of
 * resource not named is refused (`default-src 'none'`: no frames, workers, media, manifests
 * from anywhere), it talks only to this origin, posts forms only here and cannot move its
 * base URL at all.
 */
const PUBLIC = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]

/** The one place each zone's Content-Security-Policy is written. */
export const CONTENT_SECURITY_POLICY: Readonly<Record<PolicyZone, string>> = {
  public: PUBLIC.join('; '),
  staff: STAFF.join('; '),
  gateway: STAFF.join('; '),
}

/** A policy whose `script-src` also allows these sources (inline scripts named by their hash). */
export function withScriptSources(policy: string, sources: readonly string[]): string {
  if (sources.length === 0) return policy
  return policy.replace("script-src 'self'", `script-src 'self' ${sources.join(' ')}`)
}
