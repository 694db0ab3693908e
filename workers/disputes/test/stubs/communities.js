import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the communities worker in the disputes tests: the same RPC method, answering
// from a fixed map. A community mapped to null exists but belongs to no police grid; asking
// for the broken community throws, as a failing worker would.
const gridByCommunity = new Map([
  ['01JD0000000000000000000C01', '01JD0000000000000000000G01'],
  ['01JD0000000000000000000C02', null],
  ['01JD0000000000000000000C03', '01JD0000000000000000000G02'],
])

export default class extends WorkerEntrypoint {
  async gridOfCommunity(communityId) {
    if (communityId === '01JD0000000000000000000C66') throw new Error('communities database unavailable')
    if (!gridByCommunity.has(communityId)) return null
    return { communityId, gridId: gridByCommunity.get(communityId) }
  }
}
