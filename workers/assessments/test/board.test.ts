import { exports } from 'cloudflare:workers'
import { BoardMembers } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedBoard } from './fixtures'

beforeAll(seedBoard)

describe('GET /api/assessments/board/members', () => {
  it('lists the active members only, the chair first, then by name', async () => {
    const res = await exports.default.fetch('http://x/api/assessments/board/members')
    expect(res.status).toBe(200)
    const { members } = BoardMembers.parse(await res.json())
    expect(members.map((m) => [m.role, m.name.en])).toEqual([
      ['chair', 'Wang Lei'],
      ['member', 'Chen Jie'],
      ['member', 'Li Na'],
      ['member', 'Zhou Min'],
    ])
  })

  it('gives every member both labels, a unit and an active flag', async () => {
    const res = await exports.default.fetch('http://x/api/assessments/board/members')
    const { members } = BoardMembers.parse(await res.json())
    expect(members[0]).toEqual({
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
