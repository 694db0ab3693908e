import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { createGateway } from '../src/gateway'
import { defineMounts, type MountInput, mounts, type ServiceBinding } from '../src/mounts'

/** Stub workers bound only in the tests (vitest.config.ts): they throw, answer 500, never answer, or are degraded. */
export type StubBinding = 'THROWING' | 'FAILING' | 'HANGING' | 'DEGRADED'
export type TestBinding = ServiceBinding | StubBinding

export type TestMount = Omit<MountInput, 'binding'> & { binding: TestBinding }

/** Short enough to keep the never-answering stub fast, long enough for a healthy stub. */
export const TEST_TIMEOUT_MS = 150

/**
 * The gateway with the production mounts plus `extra` ones, every timeout shortened. `call`
 * waits for what the gateway does after answering (`waitUntil`: the kept copies), and
 * `bindings` swaps a worker for another (a failing stub) for one call.
 */
export function testGateway(extra: readonly TestMount[] = []) {
  const table = defineMounts(
    [...mounts, ...(extra as MountInput[])].map((mount) => ({ ...mount, timeoutMs: TEST_TIMEOUT_MS })),
  )
  const gateway = createGateway({ mounts: table })
  return async function call(
    path: string,
    init: RequestInit = {},
    bindings: Partial<Record<TestBinding, unknown>> = {},
  ): Promise<Response> {
    const ctx = createExecutionContext()
    const request = new Request(new URL(path, 'http://127.0.0.1:8787'), init)
    const response = await gateway.fetch(request, { ...env, ...bindings }, ctx)
    await waitOnExecutionContext(ctx)
    return response
  }
}

/** The stub worker bound as `name` (for swapping a mount's worker in one call). */
export const stub = (name: StubBinding) => (env as unknown as Record<StubBinding, Fetcher>)[name]
