import { WorkerEntrypoint } from 'cloudflare:workers'
import { E1, E2, E3, E9, failFor, G1, G2, inStation, S1, S2 } from './ids.js'

// Stand-in for the officers worker in the assessments tests: the RPC methods the scores use,
// answering from fixed rows (whatever the period: the figures are the quarter's).
const hours = [
  { officerId: E1, stationId: S1, dedicated: true, communityHours: 117, awayHours: 10, targetHours: 156 },
  { officerId: E2, stationId: S1, dedicated: true, communityHours: 160, awayHours: 0, targetHours: 156 },
  { officerId: E3, stationId: S1, dedicated: true, communityHours: 78, awayHours: 40, targetHours: 156 },
  { officerId: E9, stationId: S2, dedicated: true, communityHours: 150, awayHours: 0, targetHours: 156 },
]
const tasks = [
  { officerId: E1, stationId: S1, due: 10, done: 9 },
  { officerId: E2, stationId: S1, due: 10, done: 10 },
  { officerId: E3, stationId: S1, due: 10, done: 5 },
  { officerId: E9, stationId: S2, due: 4, done: 4 },
]

export default class extends WorkerEntrypoint {
  async communityHours(period) {
    failFor(period)
    return hours.filter(inStation(period))
  }

  async taskCompletion(period) {
    failFor(period)
    return tasks.filter(inStation(period))
  }

  async responsibleOfficer(gridId) {
    const officerId = { [G1]: E1, [G2]: E2 }[gridId]
    return officerId ? { officerId, name: { zh: '某', en: 'Someone' }, role: 'A', groupId: null, stationId: S1 } : null
  }
}
