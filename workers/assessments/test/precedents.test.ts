import { exports } from 'cloudflare:workers'
import { ExemptionCase, ExemptionRates, Precedents, type VoteOutcome } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { anonymise, matchesSearch } from '../src/rules/anonymise'
import { exemptionRates } from '../src/rules/exemption-rate'
import { aCase, asMember, CHAIR, E1, E2, M1, place, S1, seedCaseWorld } from './case-fixtures'

const api = 'http://x/api/assessments'
const post = async (path: string, headers: Record<string, string>, body: unknown) =>
  exports.default.fetch(`${api}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const get = async (path: string, role: Parameters<typeof asRole>[0] = 'board_member') =>
  exports.default.fetch(`${api}${path}`, { headers: await asRole(role, place) })

async function decide(body: ReturnType<typeof aCase>, outcome: VoteOutcome, why: string) {
  const filed = ExemptionCase.parse(
    await (await post('/exemption-cases', await asRole('station_head', place), body)).json(),
  )
  for (const member of [CHAIR, M1])
    await post(`/exemption-cases/${filed.id}/votes`, await asMember(member), {
      outcome,
      reasons: {
        lawfulDuty: `${why}: duty`,
        accidentOrForceMajeure: `${why}: cause`,
        noSeriousConsequence: `${why}: harm`,
      },
    })
  await post(`/exemption-cases/${filed.id}/decision`, await asMember(CHAIR), { summary: `${why} decided` })
  return filed.id
}

beforeAll(async () => {
  await seedCaseWorld()
  await decide(aCase({ facts: 'Storm; the resident at 13800001111 was not reached.' }), 'exempt_full', 'storm')
  await decide(aCase({ officerId: E2, deductions: [{ itemCode: 'A1', points: 3 }], duty: 'Patrol' }), 'reject', 'rota')
})

describe('anonymising and searching precedents', () => {
  it.each([
    ['call 13800001111 back', 'call ＊＊＊＊＊＊ back'],
    ['ID 11010519491231002X', 'ID ＊＊＊＊＊＊'],
    ['room 12', 'room 12'],
    ['no digits', 'no digits'],
  ])('%s reads %s', (text, expected) => {
    expect(anonymise(text)).toBe(expected)
  })

  it.each([
    [['Red rainstorm warning'], 'rainstorm', true],
    [['Red rainstorm warning'], 'RED warning', true],
    [['Red rainstorm warning'], 'snow', false],
    [['暴雨 预警'], '暴雨', true],
    [['anything'], undefined, true],
  ])('%j matches %s: %s', (texts, query, expected) => {
    expect(matchesSearch(texts, query)).toBe(expected)
  })
})

describe('the exemption rate', () => {
  it('counts each case once by its final word, per station and quarter and for the branch', () => {
    const rates = exemptionRates([
      { id: 'a', stationId: 'S1', quarter: '2024-Q3', outcome: 'exempt_full', appealOf: null },
      { id: 'b', stationId: 'S1', quarter: '2024-Q3', outcome: 'reject', appealOf: null },
      { id: 'c', stationId: 'S1', quarter: '2024-Q3', outcome: 'exempt_partial', appealOf: 'b' },
      { id: 'd', stationId: 'S2', quarter: '2024-Q3', outcome: 'reject', appealOf: null },
      { id: 'e', stationId: 'S2', quarter: '2024-Q3', outcome: null, appealOf: null },
    ])
    expect(rates.stations).toEqual([
      { stationId: 'S1', quarter: '2024-Q3', decided: 2, exempted: 2, rate: 1 },
      { stationId: 'S2', quarter: '2024-Q3', decided: 1, exempted: 0, rate: 0 },
    ])
    expect(rates.branch).toEqual([{ stationId: null, quarter: '2024-Q3', decided: 3, exempted: 2, rate: 0.6667 }])
  })

  it('answers per station and quarter over the API', async () => {
    const rates = ExemptionRates.parse(await (await get('/exemption-rates?from=2024-Q1&to=2024-Q4')).json())
    expect(rates.stations).toEqual([{ stationId: S1, quarter: '2024-Q3', decided: 2, exempted: 1, rate: 0.5 }])
  })
})

describe('the precedent library', () => {
  it('lists decided cases without the officer, the station or anything that identifies someone', async () => {
    const res = await get('/precedents', 'officer')
    expect(res.status).toBe(200)
    const text = await res.clone().text()
    const { precedents } = Precedents.parse(await res.json())
    expect(precedents).toHaveLength(2)
    for (const id of [E1, E2, S1, CHAIR, M1, '13800001111']) expect(text).not.toContain(id)
    expect(precedents.every((p) => /^P-2024Q3-[0-9A-F]{8}$/.test(p.ref))).toBe(true)
  })

  it.each([
    ['?outcome=reject', ['reject']],
    ['?outcome=exempt_full', ['exempt_full']],
    ['?criterion=accidentOrForceMajeure&q=storm%3A', ['exempt_full']],
    ['?criterion=lawfulDuty&q=rota', ['reject']],
    ['?criterion=lawfulDuty&q=storm%20cause', []],
    ['?q=patrol', ['reject']],
  ])('finds %s → %j', async (search, outcomes) => {
    const { precedents } = Precedents.parse(await (await get(`/precedents${search}`)).json())
    expect(precedents.map((p) => p.outcome)).toEqual(outcomes)
  })

  it('refuses an unknown criterion (400)', async () => {
    expect((await get('/precedents?criterion=luck')).status).toBe(400)
  })
})
