import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the disputes worker in the communities tests: records a lead per hand-over id, once,
// like the real worker. `stubMode('down')` makes it throw, `stubMode('slow')` answer after the
// communities timeout (the lead is recorded all the same); `stubCreations` counts leads made.
let mode = 'up'
const leads = new Map()
const creations = new Map()

export default class extends WorkerEntrypoint {
  stubMode(next) {
    mode = next
  }

  stubCreations(handoverId) {
    return creations.get(handoverId) ?? 0
  }

  stubLead(handoverId) {
    return leads.get(handoverId) ?? null
  }

  async leadFromDutyProblem(handover) {
    if (mode === 'down') throw new Error('disputes database unavailable')
    if (!leads.has(handover.handoverId)) {
      const n = String(leads.size + 1).padStart(4, '0')
      leads.set(handover.handoverId, {
        disputeId: `01JD0000000000000000DS${n}`,
        reference: `QH-20261006-${n}`,
        handover,
      })
      creations.set(handover.handoverId, (creations.get(handover.handoverId) ?? 0) + 1)
    }
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 5000))
    const { disputeId, reference } = leads.get(handover.handoverId)
    return { disputeId, reference }
  }
}
