import { exports } from 'cloudflare:workers'
import { DisputeRouting, ErrorBody } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'

// The OFFICERS and COMMUNITIES bindings are the stub workers of test/stubs (see vitest.config.ts).
// A mediator of the Qihe Station routes disputes of every station; the scope tests below narrow it.
const routing = async (communityId: string, headers?: Record<string, string>) =>
  exports.default.fetch(`http://x/api/disputes/routing/${communityId}`, {
    headers: headers ?? (await asRole('mediator')),
  })

const S01 = '01JD0000000000000000000S01'
const S02 = '01JD0000000000000000000S02'

describe('GET /api/disputes/routing/{communityId}', () => {
  it("routes a dispute to the responsible officer (A role) of the community's grid", async () => {
    const res = await routing('01JD0000000000000000000C01')
    expect(res.status).toBe(200)
    expect(DisputeRouting.parse(await res.json())).toEqual({
      communityId: '01JD0000000000000000000C01',
      gridId: '01JD0000000000000000000G01',
      responsible: {
        officerId: '01JD0000000000000000000F01',
        name: { zh: '张伟', en: 'Zhang Wei' },
        role: 'A',
        groupId: '01JD0000000000000000000P01',
        stationId: '01JD0000000000000000000S01',
      },
    })
  })

  it('answers no grid and no officer for a community outside every police grid', async () => {
    const res = await routing('01JD0000000000000000000C02')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ communityId: '01JD0000000000000000000C02', gridId: null, responsible: null })
  })

  it('answers the grid without an officer when nobody is responsible for it', async () => {
    const res = await routing('01JD0000000000000000000C03')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      communityId: '01JD0000000000000000000C03',
      gridId: '01JD0000000000000000000G02',
      responsible: null,
    })
  })

  it('answers 404 for a community that does not exist', async () => {
    const res = await routing('01JD0000000000000000000C99')
    expect(res.status).toBe(404)
    expect(ErrorBody.parse(await res.json()).error.code).toBe('NOT_FOUND')
  })

  it('answers 502 with the error shape when the communities service fails', async () => {
    const res = await routing('01JD0000000000000000000C66')
    expect(res.status).toBe(502)
    expect(ErrorBody.parse(await res.json()).error.code).toBe('UPSTREAM_FAILED')
  })

  it('refuses a malformed community id with 400 naming the field', async () => {
    const res = await routing('not-an-id')
    expect(res.status).toBe(400)
    const body = ErrorBody.parse(await res.json())
    expect(body.error.code).toBe('VALIDATION_FAILED')
    expect(body.error.details).toMatchObject({ target: 'param', fields: [{ path: 'communityId' }] })
  })
})

describe('GET /api/disputes/routing/{communityId} below the branch (row-level scope)', () => {
  it('routes a dispute from a community of the own station', async () => {
    const res = await routing('01JD0000000000000000000C01', await asRole('station_head', { stationId: S01 }))
    expect(res.status).toBe(200)
    expect(DisputeRouting.parse(await res.json()).responsible?.officerId).toBe('01JD0000000000000000000F01')
  })

  it.each([
    { role: 'station_head' as const, place: { stationId: S01 } },
    { role: 'team_leader' as const, place: { stationId: S01, teamId: '01JD0000000000000000000T01' } },
  ])(
    'answers 404 NOT_FOUND to a $role for a community of another station, as for an unknown one',
    async ({ role, place }) => {
      const other = await routing('01JD0000000000000000000C04', await asRole(role, place))
      expect(other.status).toBe(404)
      const body = ErrorBody.parse(await other.json())
      expect(body.error.code).toBe('NOT_FOUND')
      expect(JSON.stringify(body)).not.toContain('Liu Yang')
      const unknown = await routing('01JD0000000000000000000C99', await asRole(role, place))
      expect(ErrorBody.parse(await unknown.json()).error.message).toBe(body.error.message)
    },
  )

  it("lets that station's own head route it", async () => {
    const res = await routing('01JD0000000000000000000C04', await asRole('station_head', { stationId: S02 }))
    expect(res.status).toBe(200)
    expect(DisputeRouting.parse(await res.json()).responsible?.name.en).toBe('Liu Yang')
  })
})
