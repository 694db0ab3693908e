import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the communities worker in the disputes tests: the same RPC method, answering
// from a fixed map. A community with a null grid exists but belongs to no police grid; asking
// for the broken community throws, as a failing worker would. C01–C03 lie in station S01, C04
// in station S02.
const S01 = '01JD0000000000000000000S01'
const S02 = '01JD0000000000000000000S02'
const places = new Map([
  ['01JD0000000000000000000C01', { stationId: S01, gridId: '01JD0000000000000000000G01' }],
  ['01JD0000000000000000000C02', { stationId: S01, gridId: null }],
  ['01JD0000000000000000000C03', { stationId: S01, gridId: '01JD0000000000000000000G02' }],
  ['01JD0000000000000000000C04', { stationId: S02, gridId: '01JD0000000000000000000G03' }],
])

export default class extends WorkerEntrypoint {
  async gridOfCommunity(communityId) {
    if (communityId === '01JD0000000000000000000C66') throw new Error('communities database unavailable')
    const place = places.get(communityId)
    return place ? { communityId, ...place } : null
  }
}
