import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { type IdentityConfig, identityConfig } from '../src/config/identity'
import { createGateway } from '../src/gateway'
import { mounts } from '../src/mounts'

/** The production limits with near-zero delays, so ten failures do not take ten seconds. */
export const fastThrottle: IdentityConfig = {
  ...identityConfig,
  throttle: { ...identityConfig.throttle, slowdownBaseMs: 1, slowdownMaxMs: 4 },
}

/** The production gateway and mounts with other identity numbers. */
export function gatewayWith(config: IdentityConfig) {
  const gateway = createGateway({ mounts, identity: config })
  return (path: string, init: RequestInit = {}) =>
    gateway.fetch(new Request(new URL(path, 'http://127.0.0.1:8787'), init), env, createExecutionContext())
}
