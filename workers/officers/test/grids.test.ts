import { exports } from 'cloudflare:workers'
import type { ErrorBody, ResponsibleOfficer } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { grids, groups, insertFixture, officers, stations, teams } from './fixture'

// A mediator reads any grid's responsible officer (branch scope); the scope tests below narrow it.
const responsible = async (gridId: string, headers?: Record<string, string>) => {
  const response = await exports.default.fetch(`http://officers/api/officers/grids/${gridId}/responsible`, {
    headers: headers ?? (await asRole('mediator')),
  })
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

describe('GET /api/officers/grids/{gridId}/responsible below the branch (row-level scope)', () => {
  it('names the responsible officer of a grid in the own station', async () => {
    const { status, body } = await responsible(grids.g1, await asRole('station_head', { stationId: stations.north }))
    expect(status).toBe(200)
    expect(body.officerId).toBe(officers.wang)
  })

  it('answers 404 NOT_FOUND for a grid of another station, as for a grid nobody answers for', async () => {
    const fromNorth = await responsible(grids.south, await asRole('station_head', { stationId: stations.north }))
    expect(fromNorth.status).toBe(404)
    expect(fromNorth.body.error.code).toBe('NOT_FOUND')
    expect(JSON.stringify(fromNorth.body)).not.toContain(officers.sun)
    const sunOfSouth = { stationId: stations.south, teamId: teams.southFirst, officerId: officers.sun }
    const fromSouth = await responsible(grids.g1, await asRole('officer', sunOfSouth))
    expect(fromSouth.status).toBe(404)
    expect(fromSouth.body.error.code).toBe('NOT_FOUND')
  })
})
