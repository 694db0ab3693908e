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

const stations = [
  { id: S01, code: 's01', name: { zh: '一号派出所', en: 'Station One' } },
  { id: S02, code: 's02', name: { zh: '二号派出所', en: 'Station Two' } },
]
const community = (id, zh, en) => ({ id, name: { zh, en } })
const publicStations = {
  stations: [
    {
      ...stations[0],
      communities: [
        community('01JD0000000000000000000C01', '东社区', 'East'),
        community('01JD0000000000000000000C02', '西社区', 'West'),
        community('01JD0000000000000000000C03', '南社区', 'South'),
      ],
    },
    { ...stations[1], communities: [community('01JD0000000000000000000C04', '北社区', 'North')] },
  ],
}

export default class extends WorkerEntrypoint {
  // The public list of stations and communities the intake form offers (HTTP, like the real one).
  async fetch(request) {
    if (new URL(request.url).pathname === '/api/communities/public/stations') return Response.json(publicStations)
    return new Response('not found', { status: 404 })
  }

  async stations() {
    return stations.map(({ id, code, name }) => ({ id, code, name }))
  }

  async gridOfCommunity(communityId) {
    if (communityId === '01JD0000000000000000000C66') throw new Error('communities database unavailable')
    const place = places.get(communityId)
    return place ? { communityId, ...place } : null
  }
}
