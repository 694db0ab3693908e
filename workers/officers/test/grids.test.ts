import { exports } from 'cloudflare:workers'
import type { ErrorBody, ResponsibleOfficer } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { grids, groups, insertFixture, officers, stations } from './fixture'

const responsible = async (gridId: string) => {
  const response = await exports.default.fetch(`http://officers/api/officers/grids/${gridId}/responsible`)
  return { status: response.status, body: await response.json<ResponsibleOfficer & ErrorBody>() }
}

beforeAll(insertFixture)

describe('GET /api/officers/grids/{gridId}/responsible', () => {
  it('names the A role of the grid with the group and station', async () => {
    const { status, body } = await responsible(grids.g3)
    expect(status).toBe(200)
    expect(body).toEqual({
      officerId: officers.zhao,
      name: { zh: '赵磊', en: 'Zhao Lei' },
      role: 'A',
      groupId: groups.p2,
      stationId: stations.north,
    })
  })

  it('answers 404 NOT_FOUND for a grid nobody answers for', async () => {
    const { status, body } = await responsible(grids.unassigned)
    expect(status).toBe(404)
    expect(body.error.code).toBe('NOT_FOUND')
  })

  it('refuses a malformed grid id with 400 naming gridId', async () => {
    const { status, body } = await responsible('grid-1')
    expect(status).toBe(400)
    expect(body.error.code).toBe('VALIDATION_FAILED')
    expect(body.error.details).toMatchObject({ target: 'param', fields: [expect.objectContaining({ path: 'gridId' })] })
  })
})
