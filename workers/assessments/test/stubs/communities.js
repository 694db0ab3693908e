import { WorkerEntrypoint } from 'cloudflare:workers'
import { BROKEN, C_BROKEN, C1, C2, C9, G1, G2, S1, S2 } from './ids.js'

// Stand-in for the communities worker: the community → station map and registration rows
// (C1 in grid G1 of E1: 90 of 100 floating, 45 of 50 rental each month; C2 in G2 of E2: all).
const places = new Map([
  [C1, { stationId: S1, gridId: G1 }],
  [C2, { stationId: S1, gridId: G2 }],
  [C9, { stationId: S2, gridId: null }],
])

export default class extends WorkerEntrypoint {
  async gridOfCommunity(communityId) {
    if (communityId === C_BROKEN) throw new Error('communities database unavailable')
    const place = places.get(communityId)
    return place ? { communityId, ...place } : null
  }

  async registrationRows(period) {
    if (period?.stationId === BROKEN) throw new Error('communities database unavailable')
    const months = []
    for (let m = period.fromMonth; m <= period.toMonth; ) {
      months.push(m)
      const [y, mm] = m.split('-').map(Number)
      m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`
    }
    const rows = months.flatMap((month) => [
      {
        communityId: C1,
        stationId: S1,
        gridId: G1,
        month,
        floatingKnown: 100,
        floatingRegistered: 90,
        rentalKnown: 50,
        rentalRegistered: 45,
      },
      {
        communityId: C2,
        stationId: S1,
        gridId: G2,
        month,
        floatingKnown: 80,
        floatingRegistered: 80,
        rentalKnown: 20,
        rentalRegistered: 20,
      },
    ])
    return rows.filter((r) => !period.stationId || r.stationId === period.stationId)
  }
}
