import { exports } from 'cloudflare:workers'
import { BoardMembers } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedBoard } from './fixtures'

beforeAll(seedBoard)

// An officer of a station reads the whole board: it is one board for the branch.
const members = async () =>
  exports.default.fetch('http://x/api/assessments/board/members', {
    headers: await asRole('officer', {
      stationId: '01JD00000000000000000000S1',
      teamId: '01JD00000000000000000000T1',
      officerId: '01JD00000000000000000000E1',
    }),
  })

describe('GET /api/assessments/board/members', () => {
  it('lists the active members only, the chair first, then by name', async () => {
    const res = await members()
    expect(res.status).toBe(200)
    const { members: listed } = BoardMembers.parse(await res.json())
    expect(listed.map((m) => [m.role, m.name.en])).toEqual([
      ['chair', 'Wang Lei'],
      ['member', 'Chen Jie'],
      ['member', 'Li Na'],
      ['member', 'Zhou Min'],
    ])
  })

  it('gives every member both labels, a unit and an active flag', async () => {
    const res = await members()
    const { members: listed } = BoardMembers.parse(await res.json())
    expect(listed[0]).toEqual({
      id: '01JD0000000000000000000002',
      name: { zh: '委员Wang Lei', en: 'Wang Lei' },
      role: 'chair',
      unit: { zh: '人口管理部门', en: 'Population department' },
      stationId: null,
      active: true,
    })
  })
})

describe('boardSummary RPC', () => {
  it('counts active members and chairs, leaving retired members out', async () => {
    expect(await exports.default.boardSummary()).toEqual({ members: 4, chairs: 1 })
  })
})
