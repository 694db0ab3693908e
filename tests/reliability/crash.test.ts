import { beforeAll, describe, expect, it } from 'vitest'
import { checkDisputes, type Invariants } from './invariants'
import { type Gate, type LoadFigures, runMixedLoad } from './mixed-load'
import { aCommunity, signIn, startPlatform, verifyChains } from './platform'
import { keepFigures } from './report'
import { settings } from './settings'

// Crash: under the mixed load, the runtime (wrangler and workerd, the whole process group) is
// killed with SIGKILL — no shutdown, writes cut wherever they were — and started again on the
// same state. Requests left unanswered are sent again (same Idempotency-Key) once it is back.
// Every acknowledged write must be there once, nothing half-written, every audit chain intact.
describe(`SIGKILL of the runtime under load (${settings.crashes} crash(es), ${settings.clients} clients, ${settings.seconds} s)`, () => {
  let load: LoadFigures
  let invariants: Invariants
  let chains: Awaited<ReturnType<typeof verifyChains>>
  const restarts: { downMs: number }[] = []

  beforeAll(async () => {
    const since = new Date().toISOString()
    let platform = await startPlatform()
    let crashes: Promise<void> = Promise.resolve()
    try {
      const sessions = await signIn()
      let gate: Gate = { ready: Promise.resolve() }
      crashes = (async () => {
        for (let i = 1; i <= settings.crashes; i++) {
          await new Promise((r) => setTimeout(r, (settings.seconds * 1000 * i) / (settings.crashes + 1)))
          let reopen: () => void = () => undefined
          gate = { ready: new Promise<void>((resolve) => (reopen = resolve)) }
          const down = Date.now()
          await platform.crash()
          platform = await startPlatform()
          restarts.push({ downMs: Date.now() - down })
          reopen()
        }
      })()
      load = await runMixedLoad({
        clients: settings.clients,
        seconds: settings.seconds,
        sessions,
        communityId: await aCommunity(),
        gate: () => gate,
      })
      await crashes
      // Sessions live in the identity database: they must have survived the crash as well.
      chains = await verifyChains(sessions.auditor)
    } finally {
      // Never leave a runtime behind, whichever step failed (a restart may still be under way).
      await crashes.catch(() => undefined)
      await platform.stop()
    }
    invariants = checkDisputes(settings.stateDir, since, load.acknowledged)
    const { acknowledged, ...figures } = load
    keepFigures('crash', { ...figures, acknowledged: acknowledged.length, restarts, invariants, chains })
  })

  it('was really killed and restarted under load', () => {
    expect(restarts).toHaveLength(settings.crashes)
    expect(load.requests).toBeGreaterThan(0)
  })

  it('keeps every acknowledged write exactly once, retries included', () => {
    expect(load.acknowledged.length).toBeGreaterThan(0)
    expect(invariants.acknowledgedMissing).toEqual([])
    expect(invariants.acknowledgedTwice).toEqual([])
    expect(load.retryMismatches).toBe(0)
  })

  it('leaves no half-written dispute (timeline, audit row and idempotency record with each)', () => {
    expect(invariants).toMatchObject({
      withoutReceivedEvent: 0,
      withoutIntakeAudit: 0,
      orphanEvents: 0,
      orphanContacts: 0,
      orphanIntakeAudits: 0,
    })
    expect(invariants.idempotencyRecordsSinceStart).toBeGreaterThanOrEqual(invariants.disputesSinceStart)
  })

  it('answers no request with a server error, and every audit chain verifies after the restart', () => {
    expect(load.serverErrors, JSON.stringify(load.byStatus)).toBe(0)
    for (const [path, chain] of Object.entries(chains))
      expect({ path, ...chain }).toMatchObject({ path, status: 200, ok: true })
  })
})
