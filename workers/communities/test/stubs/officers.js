import { WorkerEntrypoint } from 'cloudflare:workers'

// Stand-in for the officers worker in the communities tests. Hours per officer come from a
// fixed table; the station named SLOW answers too late and the station named FAIL throws, as a
// failing worker would. Grid G1 (Qianmen grid 1) has a responsible officer, every other none.
const QIANMEN = '01JD00000000000000000000S1'
const SLOW_STATION = '01JD00000000000000000000S2'
const FAIL_STATION = '01JD00000000000000000000S3'

const rows = [
  {
    officerId: '01JD00000000000000000000E1',
    stationId: QIANMEN,
    dedicated: true,
    communityHours: 150,
    awayHours: 10,
    targetHours: 156,
  },
  {
    officerId: '01JD00000000000000000000E2',
    stationId: QIANMEN,
    dedicated: true,
    communityHours: 140,
    awayHours: 20,
    targetHours: 156,
  },
  {
    officerId: '01JD00000000000000000000E3',
    stationId: QIANMEN,
    dedicated: false,
    communityHours: 40,
    awayHours: 100,
    targetHours: 0,
  },
  {
    officerId: '01JD00000000000000000000E4',
    stationId: '01JD00000000000000000000S9',
    dedicated: true,
    communityHours: 100,
    awayHours: 0,
    targetHours: 156,
  },
]

// Hand-overs of problems found on duty. `stubMode` lets a test take the worker down ('down':
// it throws) or make it late ('slow': it creates the task, then answers after the communities
// timeout, as a worker that is slow but not lost would); `stubCreations` tells how many tasks a
// hand-over made. Like the real worker, one task per hand-over id.
let mode = 'up'
let hoursCalls = 0
const tasks = new Map()
const creations = new Map()

export default class extends WorkerEntrypoint {
  stubMode(next) {
    mode = next
  }

  stubCreations(handoverId) {
    return creations.get(handoverId) ?? 0
  }

  async taskFromDutyProblem(handover) {
    if (mode === 'down') throw new Error('officers database unavailable')
    if (!tasks.has(handover.handoverId)) {
      tasks.set(handover.handoverId, `01JD0000000000000000TK${String(tasks.size + 1).padStart(4, '0')}`)
      creations.set(handover.handoverId, (creations.get(handover.handoverId) ?? 0) + 1)
    }
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, 5000))
    return { taskId: tasks.get(handover.handoverId) }
  }

  /** How many times the figures asked for hours (the figures keep the answers for a while). */
  stubHoursCalls() {
    return hoursCalls
  }

  async communityHours(period) {
    hoursCalls++
    if (period.stationId === FAIL_STATION) throw new Error('officers database unavailable')
    if (period.stationId === SLOW_STATION) await new Promise((resolve) => setTimeout(resolve, 5000))
    return rows.filter((r) => !period.stationId || r.stationId === period.stationId)
  }

  async responsibleOfficer(gridId) {
    if (gridId !== '01JD00000000000000000000G1') return null
    return {
      officerId: '01JD00000000000000000000E2',
      name: { zh: '张伟', en: 'Zhang Wei' },
      role: 'A',
      groupId: null,
      stationId: QIANMEN,
    }
  }
}
