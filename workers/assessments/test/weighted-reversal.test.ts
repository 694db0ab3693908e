import { env, exports } from 'cloudflare:workers'
import { ExemptionCase, StationScores } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../src/db'
import { deduction, scorecard, scorecardRater } from '../src/db/schema'
import { aCase, asMember, CHAIR, E3, M1, M2, place, QUARTER, S1, seedCaseWorld } from './case-fixtures'

// E3 (100 in S1) gets deductions from the 50 % team leader: 4 points on D1 and 6 on D2 cost 5.
beforeAll(async () => {
  await seedCaseWorld()
  const db = createDb(env)
  const [card] = await db.select().from(scorecard).where(eq(scorecard.stationId, S1))
  if (!card) throw new Error('no S1 scorecard')
  await db.insert(scorecardRater).values([
    { scorecardId: card.id, raterRole: 'team_leader', labelZh: '带班组长', labelEn: 'Team leader', weightPct: 50 },
    {
      scorecardId: card.id,
      raterRole: 'station_head',
      labelZh: '值班副所长',
      labelEn: 'Duty deputy head',
      weightPct: 50,
    },
  ])
  const line = (id: string, itemCode: string, points: number) => ({
    id: `01JD000000000000000000WD${id}`,
    officerId: E3,
    stationId: S1,
    quarter: QUARTER,
    itemCode,
    points,
    reason: 'Team leader reason',
    recordedAt: '2024-08-21T02:00:00.000Z',
    raterRole: 'team_leader' as const,
  })
  await db.insert(deduction).values([line('01', 'D1', 4), line('02', 'D2', 6)])
})

const url = (path = '') => `http://x/api/assessments/exemption-cases${path}`
const post = async (path: string, headers: Record<string, string>, body: unknown) =>
  exports.default.fetch(url(path), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const reasons = { lawfulDuty: 'on duty', accidentOrForceMajeure: 'the storm', noSeriousConsequence: 'nothing lost' }
const e3Score = async () => {
  const res = await exports.default.fetch(`http://x/api/assessments/scores?station=${S1}&quarter=${QUARTER}`, {
    headers: await asMember(CHAIR),
  })
  return StationScores.parse(await res.json()).scores.find((s) => s.officerId === E3)
}

/** Files a case for E3 on one item, two members vote the outcome, the chair closes it. */
async function decide(itemCode: string, points: number, outcome: 'exempt_full' | 'exempt_partial') {
  const filed = await post(
    '',
    await asRole('station_head', place),
    aCase({ officerId: E3, deductions: [{ itemCode, points }] }),
  )
  expect(filed.status).toBe(201)
  const { id } = ExemptionCase.parse(await filed.json())
  for (const member of [M1, M2])
    expect((await post(`/${id}/votes`, await asMember(member), { outcome, reasons })).status).toBe(201)
  const closed = await post(`/${id}/decision`, await asMember(CHAIR), { summary: 'The criteria are met.' })
  expect(closed.status).toBe(201)
  return ExemptionCase.parse(await closed.json())
}

describe("closing a case gives back what a weighted rater's deduction cost, not its raw points", () => {
  it('starts from 95: 4 and 6 points of the 50 % team leader cost 5', async () => {
    expect(await e3Score()).toMatchObject({ deducted: 5, adjusted: 0, score: 95 })
  })

  it('an exemption in full of the 4 points gives back 2', async () => {
    const decided = await decide('D1', 4, 'exempt_full')
    expect(decided.decision?.adjustments).toEqual([{ itemCode: 'D1', points: 2, quarter: QUARTER }])
    expect(await e3Score()).toMatchObject({ adjusted: 2, score: 97 })
  })

  it('an exemption in part of the 6 points gives back half of the 3 they cost', async () => {
    const decided = await decide('D2', 6, 'exempt_partial')
    expect(decided.decision?.adjustments).toEqual([{ itemCode: 'D2', points: 1.5, quarter: QUARTER }])
    expect(await e3Score()).toMatchObject({ adjusted: 3.5, score: 98.5 })
  })
})
