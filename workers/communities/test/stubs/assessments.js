import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the assessments worker in the communities tests: 250 answers, 247 satisfied
// (98.8 %) for any station; the station named FAIL throws.
const FAIL_STATION = '01JD00000000000000000000S3'

export default class extends WorkerEntrypoint {
  async satisfaction(period) {
    if (period.stationId === FAIL_STATION) throw new Error('assessments database unavailable')
    return { stationId: period.stationId ?? null, responses: 250, satisfied: 247, rate: 247 / 250 }
  }
}
