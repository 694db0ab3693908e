import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the disputes worker in the officers tests. Wang Fang (E1) holds one open dispute;
// Li Na (E2) makes the worker fail, as if it were down; everyone else holds none.
const WANG = '01JD00000000000000000000E1'
const LI = '01JD00000000000000000000E2'

export default class extends WorkerEntrypoint {
  async openDisputesOf(officerId) {
    if (officerId === LI) throw new Error('disputes worker unavailable')
    if (officerId !== WANG) return []
    return [
      {
        id: '01JD00000000000000000000D1',
        reference: 'QH-2026-0001',
        category: 'neighbour',
        state: 'mediation',
        dueAt: '2026-12-01T09:00:00.000Z',
        overdue: false,
        paused: false,
      },
    ]
  }

  async disputeResults(period) {
    // A period starting on 1999-01-01 stands for the worker being down.
    if (period.from === '1999-01-01') throw new Error('disputes worker unavailable')
    return [{ officerId: WANG, settled: 2, overdue: 1, open: 3 }]
  }
}
