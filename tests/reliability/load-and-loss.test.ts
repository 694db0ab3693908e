import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDisputes, type Invariants } from './invariants'
import { type LoadFigures, runMixedLoad } from './mixed-load'
import { aCommunity, type Sessions, signIn, startPlatform, verifyChains } from './platform'
import { keepFigures } from './report'
import { settings } from './settings'

// Load and loss: many clients mixing submissions (some retried with the same Idempotency-Key),
// status look-ups and staff reads. No answer may be a server error, and every submission the
// platform acknowledged with 201 is in the database exactly once afterwards.
describe(`${settings.clients} clients for ${settings.seconds} s of mixed load`, () => {
  let load: LoadFigures
  let invariants: Invariants
  let chains: Awaited<ReturnType<typeof verifyChains>>
  let sessions: Sessions

  beforeAll(async () => {
    const since = new Date().toISOString()
    const platform = await startPlatform()
    try {
      sessions = await signIn()
      const up = { ready: Promise.resolve() }
      load = await runMixedLoad({
        clients: settings.clients,
        seconds: settings.seconds,
        sessions,
        communityId: await aCommunity(),
        gate: () => up,
      })
      chains = await verifyChains(sessions.auditor)
    } finally {
      await platform.stop()
    }
    invariants = checkDisputes(settings.stateDir, since, load.acknowledged)
    const { acknowledged, ...figures } = load
    keepFigures('load', { ...figures, acknowledged: acknowledged.length, invariants, chains })
  })
  afterAll(() => undefined)

  it('answers no request with a server error (5xx)', () => {
    expect(load.requests).toBeGreaterThan(0)
    expect(load.serverErrors, JSON.stringify(load.byStatus)).toBe(0)
  })

  it('acknowledges submissions, and a retry with the same key answers the same reference', () => {
    expect(load.acknowledged.length).toBeGreaterThan(0)
    expect(load.retryMismatches).toBe(0)
  })

  it('keeps every acknowledged submission exactly once', () => {
    expect(invariants.acknowledgedMissing).toEqual([])
    expect(invariants.acknowledgedTwice).toEqual([])
    // Retries made no second dispute: one dispute per acknowledged key.
    expect(invariants.disputesSinceStart).toBe(load.acknowledged.length)
  })

  it('leaves no half-written dispute and every audit chain verifies', () => {
    expect(invariants).toMatchObject({
      withoutReceivedEvent: 0,
      withoutIntakeAudit: 0,
      orphanEvents: 0,
      orphanContacts: 0,
      orphanIntakeAudits: 0,
    })
    for (const [path, chain] of Object.entries(chains))
      expect({ path, ...chain }).toMatchObject({ path, status: 200, ok: true })
  })
})
