import { WorkerEntrypoint } from 'cloudflare:workers'

// A worker that never answers in time. A pending timer (not a bare never-settling promise) keeps
// workerd from cancelling the request as hung, so the gateway's own deadline is what ends it.
const never = () => new Promise((resolve) => setTimeout(() => resolve(new Response('too late')), 60_000))

export default class HangingStub extends WorkerEntrypoint {
  fetch() {
    return never()
  }

  placeCounts() {
    return never()
  }

  forceCounts() {
    return never()
  }
}
