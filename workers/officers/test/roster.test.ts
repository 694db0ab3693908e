import { env, exports } from 'cloudflare:workers'
import type { ErrorBody, Roster } from '@platform/contracts'
import { actorFor, asActor, asRole } from '@platform/testing'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createDb } from '../src/db'
import { loadRoster } from '../src/routes/roster/roster.queries'
import { grids, groups, insertFixture, officers, stations, teams } from './fixture'

// The branch's population department reads every station; the scope tests below narrow it.
const roster = async (query: string, headers?: Record<string, string>) => {
  const response = await exports.default.fetch(`http://officers/api/officers/roster${query}`, {
    headers: headers ?? (await asRole('branch_admin')),
  })
  return { status: response.status, body: await response.json<Roster & ErrorBody>() }
}

beforeAll(async () => {
  await insertFixture()
  // Noon in Beijing on the fixture's reference day, so ages and years in post are exact.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-28T04:00:00Z'))
})
afterAll(() => {
  vi.useRealTimers()
})

describe('GET /api/officers/roster', () => {
  it('lists the officers of one station by team, then name, with officers without a team last', async () => {
    const { status, body } = await roster(`?station=${stations.north}`)
    expect(status).toBe(200)
    expect(body.officers.map((o) => o.id)).toEqual([officers.li, officers.wang, officers.zhao, officers.chen])
  })

  it('gives each officer the grids he or she answers for and the role in the group', async () => {
    const { body } = await roster(`?station=${stations.north}`)
    const wang = body.officers.find((o) => o.id === officers.wang)
    expect(wang).toMatchObject({
      name: { zh: '王芳', en: 'Wang Fang' },
      teamId: teams.first,
      dedicated: true,
      gridIds: [grids.g1, grids.g2],
      groupId: groups.p1,
      role: 'A',
    })
    const chen = body.officers.find((o) => o.id === officers.chen)
    expect(chen).toMatchObject({ teamId: null, dedicated: false, gridIds: [], groupId: groups.p2, role: 'B' })
  })

  it('keeps only dedicated officers when dedicated=true, and only the others when dedicated=false', async () => {
    const dedicated = await roster(`?station=${stations.north}&dedicated=true`)
    expect(dedicated.body.officers.map((o) => o.id)).toEqual([officers.li, officers.wang, officers.zhao])
    const others = await roster(`?station=${stations.north}&dedicated=false`)
    expect(others.body.officers.map((o) => o.id)).toEqual([officers.chen])
  })

  it('lists the teams with their grids and the groups with their A and B members', async () => {
    const { body } = await roster(`?station=${stations.north}&dedicated=true`)
    expect(body.teams).toEqual([
      {
        id: teams.first,
        stationId: stations.north,
        name: { zh: '第一社区警务队', en: 'Team 1' },
        gridIds: [grids.g1, grids.g2],
      },
      {
        id: teams.second,
        stationId: stations.north,
        name: { zh: '第二社区警务队', en: 'Team 2' },
        gridIds: [grids.g3],
      },
    ])
    expect(body.groups).toEqual([
      {
        id: groups.p1,
        stationId: stations.north,
        name: { zh: '第一警组', en: 'Group 1' },
        members: [
          { officerId: officers.wang, role: 'A' },
          { officerId: officers.li, role: 'B' },
        ],
      },
      {
        id: groups.p2,
        stationId: stations.north,
        name: { zh: '第二警组', en: 'Group 2' },
        members: [
          { officerId: officers.zhao, role: 'A' },
          { officerId: officers.chen, role: 'B' },
        ],
      },
    ])
  })

  it('computes the profile over the officers returned, counting in Asia/Shanghai', async () => {
    const { body } = await roster(`?station=${stations.north}&dedicated=true`)
    // Ages 31, 41, 46; bachelor or master: 2 of 3; in post 4, 10 and 12 years.
    expect(body.profile).toEqual({ officers: 3, averageAge: 39.3, bachelorShare: 0.667, averageYearsInPost: 8.7 })
  })

  it('lists the whole district station by station when no station is given', async () => {
    const { body } = await roster('')
    expect(body.officers.map((o) => o.id)).toEqual([
      officers.li,
      officers.wang,
      officers.zhao,
      officers.chen,
      officers.sun,
    ])
    expect(body.teams.map((t) => t.id)).toEqual([teams.first, teams.second, teams.southFirst])
    expect(body.profile.officers).toBe(5)
  })

  it('answers an empty roster for a station without officers', async () => {
    const { status, body } = await roster(`?station=01JD0000000000000000000S99`)
    expect(status).toBe(200)
    expect(body).toEqual({
      officers: [],
      teams: [],
      groups: [],
      profile: { officers: 0, averageAge: 0, bachelorShare: 0, averageYearsInPost: 0 },
    })
  })

  it.each([
    { query: '?station=north', field: 'station' },
    { query: `?station=${stations.north}&dedicated=yes`, field: 'dedicated' },
  ])('refuses a malformed $field with 400 naming the field', async ({ query, field }) => {
    const { status, body } = await roster(query)
    expect(status).toBe(400)
    expect(body.error.code).toBe('VALIDATION_FAILED')
    expect(body.error.details).toMatchObject({ target: 'query', fields: [expect.objectContaining({ path: field })] })
  })

  it('reads the roster in one round trip of four statements, however many officers there are', async () => {
    const roundTrips = async (filter: Parameters<typeof loadRoster>[1]) => {
      const batches: number[] = []
      const DB: D1Database = {
        prepare: (query) => env.DB.prepare(query),
        exec: (query) => env.DB.exec(query),
        dump: () => env.DB.dump(),
        withSession: (constraint) => env.DB.withSession(constraint),
        batch: (statements) => {
          batches.push(statements.length)
          return env.DB.batch(statements)
        },
      }
      const { officers } = await loadRoster(createDb({ DB }), filter)
      return { officers: officers.length, batches }
    }
    expect(await roundTrips({})).toEqual({ officers: 5, batches: [4] })
    expect(await roundTrips({ stationId: stations.north, dedicated: false })).toEqual({ officers: 1, batches: [4] })
  })
})

describe('GET /api/officers/roster below the branch (row-level scope)', () => {
  const northHead = () => asRole('station_head', { stationId: stations.north })

  it('gives a station head the own station when no station is asked for', async () => {
    const { status, body } = await roster('', await northHead())
    expect(status).toBe(200)
    expect(body.officers.map((o) => o.id)).toEqual([officers.li, officers.wang, officers.zhao, officers.chen])
    expect(body.teams.map((t) => t.id)).toEqual([teams.first, teams.second])
    expect(body.groups.map((g) => g.stationId)).toEqual([stations.north, stations.north])
    expect(body.profile.officers).toBe(4)
  })

  it('gives a station head the own station asked for by id', async () => {
    const { status, body } = await roster(`?station=${stations.north}&dedicated=false`, await northHead())
    expect(status).toBe(200)
    expect(body.officers.map((o) => o.id)).toEqual([officers.chen])
  })

  it("answers 404 NOT_FOUND for another station's roster, as for a station that does not exist", async () => {
    const other = await roster(`?station=${stations.south}`, await northHead())
    const unknown = await roster('?station=01JD0000000000000000000S99', await northHead())
    expect(other.status).toBe(404)
    expect(other.body.error.code).toBe('NOT_FOUND')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('NOT_FOUND')
    expect(JSON.stringify(other.body)).not.toContain('Sun')
  })

  it.each([
    {
      role: 'officer' as const,
      place: { stationId: stations.south, teamId: teams.southFirst, officerId: officers.sun },
    },
    { role: 'team_leader' as const, place: { stationId: stations.south, teamId: teams.southFirst } },
  ])('lets a $role read the roster of the own station, and no other', async ({ role, place }) => {
    const own = await roster('', await asRole(role, place))
    expect(own.body.officers.map((o) => o.id)).toEqual([officers.sun])
    const other = await roster(`?station=${stations.north}`, await asRole(role, place))
    expect(other.status).toBe(404)
  })

  it('shows nothing to an account bound to a station it does not name', async () => {
    const { status } = await roster('', await asActor({ ...actorFor('station_head'), scope: { level: 'station' } }))
    expect(status).toBe(404)
  })
})
