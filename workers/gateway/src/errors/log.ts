import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import type { UpstreamError } from '../proxy'

/**
 * One JSON line per event, so logs can be searched by request id. Only what the gateway itself
 * knows goes in (ids, mount, method, status, names of error classes): no query strings, bodies,
 * cookies or error messages from downstream, which could hold personal data.
 */
export function logLine(level: 'info' | 'warn' | 'error', fields: Record<string, unknown>) {
  const line = JSON.stringify({ level, worker: 'gateway', time: new Date().toISOString(), ...fields })
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}

export function logUpstreamError(c: Context<AppEnv>, error: UpstreamError) {
  logLine('warn', {
    event: 'upstream_error',
    requestId: c.get('requestId'),
    method: c.req.method,
    mount: error.mount.prefix,
    binding: error.mount.binding,
    code: error.code,
    elapsedMs: error.elapsedMs,
    cause: error.cause instanceof Error ? error.cause.name : typeof error.cause,
  })
}

export function logUnexpectedError(c: Context<AppEnv>, error: Error) {
  logLine('error', {
    event: 'unexpected_error',
    requestId: c.get('requestId'),
    method: c.req.method,
    route: c.req.routePath,
    error: error.name,
  })
}
