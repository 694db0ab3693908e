import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the officers worker in the disputes tests: grids G01 (station S01) and G03
// (station S02) have a responsible officer, every other grid has none.
const responsibleByGrid = new Map([
  [
    '01JD0000000000000000000G01',
    {
      officerId: '01JD0000000000000000000F01',
      name: { zh: '张伟', en: 'Zhang Wei' },
      role: 'A',
      groupId: '01JD0000000000000000000P01',
      stationId: '01JD0000000000000000000S01',
    },
  ],
  [
    '01JD0000000000000000000G03',
    {
      officerId: '01JD0000000000000000000F03',
      name: { zh: '刘洋', en: 'Liu Yang' },
      role: 'A',
      groupId: null,
      stationId: '01JD0000000000000000000S02',
    },
  ],
])

export default class extends WorkerEntrypoint {
  async responsibleOfficer(gridId) {
    return responsibleByGrid.get(gridId) ?? null
  }
}
