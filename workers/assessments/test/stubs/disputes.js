import { WorkerEntrypoint } from 'cloudflare:workers'
import { E1, E3, failFor } from './ids.js'

// Stand-in for the disputes worker: disputes settled and overdue per responsible officer.
export default class extends WorkerEntrypoint {
  async disputeResults(period) {
    failFor(period)
    return [
      { officerId: E1, settled: 4, overdue: 1, open: 1 },
      { officerId: E3, settled: 1, overdue: 3, open: 3 },
    ]
  }
}
