import { env, exports } from 'cloudflare:workers'
import { ComputedItems, EnteredDeduction, ErrorBody, type Scorecards, StationScores } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { computeItem, overduePoints, quarterPeriod, shortfallPoints } from '../src/rules/computed-items'
import { weightedDeducted, weightsComplete } from '../src/rules/weights'
import { E1, E2, E3, place, QUARTER, S1, S2 } from './case-fixtures'
import { BROKEN, seedScoringWorld } from './scoring-fixtures'

beforeAll(() => seedScoringWorld())

const code = async (res: Response) => ErrorBody.parse(await res.json()).error.code
const post = async (path: string, headers: Record<string, string>, body: unknown) =>
  exports.default.fetch(`http://x/api/assessments${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const rate = async (role: 'team_leader' | 'station_head', body: Record<string, unknown>, officerId = E3) =>
  post(`/officers/${officerId}/deductions`, await asRole(role, place), {
    quarter: QUARTER,
    reason: 'Ledger late',
    ...body,
  })
const scoresOf = async () =>
  StationScores.parse(
    await (
      await exports.default.fetch(`http://x/api/assessments/scores?quarter=${QUARTER}`, {
        headers: await asRole('station_head', place),
      })
    ).json(),
  ).scores

describe('rater weights', () => {
  it.each([
    [[{ points: 4, raterRole: 'team_leader' }], 2],
    [
      [
        { points: 4, raterRole: 'team_leader' },
        { points: 4, raterRole: 'station_head' },
      ],
      4,
    ],
    [[{ points: 3, raterRole: null }], 3],
    [[{ points: 3, raterRole: 'unknown_seat' }], 3],
    [[{ points: 5, raterRole: 'station_head' }], 2.5],
  ])('%j take %d points off', (lines, expected) => {
    expect(weightedDeducted(lines, { team_leader: 50, station_head: 50 })).toBe(expected)
  })

  it.each([
    [[50, 50], true],
    [[60, 40], true],
    [[50, 40], false],
    [[100, 10], false],
  ])('weights %j complete: %s', (weights, expected) => {
    expect(weightsComplete(weights)).toBe(expected)
  })
})

describe('computed items', () => {
  it.each([
    [10, 156, 156, 0],
    [10, 160, 156, 0],
    [10, 117, 156, 3],
    [10, 78, 156, 5],
    [10, 0, 156, 10],
    [8, 5, 0, 0],
  ])('an item of %i points with %i of %i done takes %i off', (max, done, due, expected) => {
    expect(shortfallPoints(max, done, due)).toBe(expected)
  })

  it.each([
    [6, 0, 0],
    [6, 2, 2],
    [6, 9, 6],
  ])('an item of %i points with %i disputes overdue takes %i off', (max, overdue, expected) => {
    expect(overduePoints(max, overdue, 1)).toBe(expected)
  })

  it('keeps the figures an item was computed from', () => {
    expect(computeItem('task_completion', 10, { tasks: { due: 10, done: 9 } }, 1)).toEqual({
      points: 1,
      inputs: { due: 10, done: 9 },
    })
    expect(computeItem('registration_rate', 10, {}, 1)).toEqual({ points: 0, inputs: { known: 0, registered: 0 } })
  })

  it.each([
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
  ])('%s runs from %s to %s', (quarter, from, to) => {
    expect(quarterPeriod(quarter)).toMatchObject({ from, to })
  })
})

describe('raters enter deductions with a reason', () => {
  it("shows the scorecard's raters, weights and computed items", async () => {
    const res = await exports.default.fetch(`http://x/api/assessments/scorecards`, {
      headers: await asRole('team_leader', place),
    })
    // (The fixture's card and item ids are not ULIDs, so the body is read without the schema.)
    const [card] = ((await res.json()) as Scorecards).scorecards
    expect(card?.raters.map((r) => [r.role, r.weightPct])).toEqual([
      ['station_head', 50],
      ['team_leader', 50],
    ])
    expect(card?.items.find((i) => i.code === 'A1')?.source).toBe('community_hours')
  })

  it("weighs each rater's points (50 % team leader, 50 % duty deputy head)", async () => {
    const before = (await scoresOf()).find((s) => s.officerId === E3)?.deducted ?? 0
    const first = await rate('team_leader', { itemCode: 'D1', points: 4 })
    expect(first.status).toBe(201)
    expect(EnteredDeduction.parse(await first.json())).toMatchObject({ raterRole: 'team_leader', weightPct: 50 })
    expect((await scoresOf()).find((s) => s.officerId === E3)?.deducted).toBe(before + 2)
    expect((await rate('station_head', { itemCode: 'D1', points: 4 })).status).toBe(201)
    expect((await scoresOf()).find((s) => s.officerId === E3)?.deducted).toBe(before + 4)
  })

  it.each([
    [{ itemCode: 'D1', points: 11 }, 400, 'POINTS_OUT_OF_RANGE'],
    [{ itemCode: 'D1', points: 0 }, 400, 'POINTS_OUT_OF_RANGE'],
    [{ itemCode: 'Z9', points: 1 }, 400, 'UNKNOWN_ITEM'],
    [{ itemCode: 'D1', points: 1.5 }, 400, 'VALIDATION_FAILED'],
    [{ itemCode: 'D1', points: 1, reason: '' }, 400, 'VALIDATION_FAILED'],
    [{ itemCode: 'A1', points: 1 }, 422, 'RULE_ITEM_COMPUTED'],
  ])('refuses %j with %i %s', async (body, status, expected) => {
    const res = await rate('team_leader', body)
    expect(res.status).toBe(status)
    expect(await code(res)).toBe(expected)
  })

  it('answers 404 for an officer of another station', async () => {
    const res = await rate('team_leader', { itemCode: 'D1', points: 1 }, '01JD00000000000000000000E9')
    expect(res.status).toBe(404)
  })

  it('records a retry with the same Idempotency-Key once', async () => {
    const headers = { ...(await asRole('team_leader', place)), 'Idempotency-Key': 'rate-once-0001' }
    const body = { quarter: QUARTER, itemCode: 'E1', points: 2, reason: 'Outreach missed' }
    const a = EnteredDeduction.parse(await (await post(`/officers/${E2}/deductions`, headers, body)).json())
    const b = EnteredDeduction.parse(await (await post(`/officers/${E2}/deductions`, headers, body)).json())
    expect(b.id).toBe(a.id)
  })
})

describe('items computed from the other workers over RPC', () => {
  it('computes hours, tasks, registration and disputes per officer and keeps the inputs', async () => {
    const res = await post(`/quarters/${QUARTER}/computed-items`, await asRole('station_head', place), {
      stationId: S1,
    })
    expect(res.status).toBe(201)
    const { items } = ComputedItems.parse(await res.json())
    const points = (officerId: string, itemCode: string) =>
      items.find((i) => i.officerId === officerId && i.itemCode === itemCode)?.points
    expect([points(E1, 'A1'), points(E1, 'A2'), points(E1, 'B1'), points(E1, 'C2')]).toEqual([3, 1, 1, 1])
    expect([points(E2, 'A1'), points(E2, 'A2'), points(E2, 'B1'), points(E2, 'C2')]).toEqual([0, 0, 0, 0])
    expect([points(E3, 'A1'), points(E3, 'A2'), points(E3, 'B1'), points(E3, 'C2')]).toEqual([5, 5, 0, 3])
    expect(items.find((i) => i.officerId === E1 && i.itemCode === 'A1')?.inputs).toMatchObject({
      communityHours: 117,
      targetHours: 156,
    })
  })

  it('replaces the items on a second computation instead of adding them', async () => {
    const before = (await scoresOf()).find((s) => s.officerId === E1)?.deducted
    await post(`/quarters/${QUARTER}/computed-items`, await asRole('station_head', place), { stationId: S1 })
    expect((await scoresOf()).find((s) => s.officerId === E1)?.deducted).toBe(before)
  })

  it('answers 502 naming the peer when a worker fails, and writes nothing', async () => {
    const res = await post(`/quarters/${QUARTER}/computed-items`, await asRole('branch_admin'), { stationId: BROKEN })
    expect(res.status).toBe(502)
    const body = ErrorBody.parse(await res.json())
    expect(body.error).toMatchObject({ code: 'UPSTREAM_FAILED', details: { peer: 'officers' } })
    const stored = await env.DB.prepare('select count(*) as n from computed_item where station_id = ?')
      .bind(BROKEN)
      .first('n')
    expect(stored).toBe(0)
  })

  it("refuses another station's computation (404)", async () => {
    const res = await post(`/quarters/${QUARTER}/computed-items`, await asRole('station_head', place), {
      stationId: S2,
    })
    expect(res.status).toBe(404)
  })
})

describe("configuring a station's raters", () => {
  const put = async (body: unknown, stationId = S1, role: 'station_head' | 'team_leader' = 'station_head') =>
    exports.default.fetch(`http://x/api/assessments/scorecards/${stationId}/raters`, {
      method: 'PUT',
      headers: { ...(await asRole(role, place)), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  const seat = (role: string, weightPct: number) => ({ role, label: { zh: role, en: role }, weightPct })

  it.each([
    [{ raters: [seat('team_leader', 50), seat('station_head', 40)] }, 422, 'RULE_WEIGHTS'],
    [{ raters: [seat('team_leader', 50), seat('team_leader', 50)] }, 400, 'DUPLICATE_RATER'],
    [{ raters: [seat('deputy', 100)] }, 400, 'VALIDATION_FAILED'],
    [{ raters: [] }, 400, 'VALIDATION_FAILED'],
  ])('refuses %j with %i %s', async (body, status, expected) => {
    const res = await put(body)
    expect(res.status).toBe(status)
    expect(await code(res)).toBe(expected)
  })

  it('refuses another station (404) and a team leader (403)', async () => {
    expect((await put({ raters: [seat('station_head', 100)] }, S2)).status).toBe(404)
    expect((await put({ raters: [seat('station_head', 100)] }, S1, 'team_leader')).status).toBe(403)
  })

  it('sets 70 % team leader and 30 % duty deputy head, and the live scores weigh by it', async () => {
    const before = (await scoresOf()).find((s) => s.officerId === E3)?.deducted ?? 0
    const res = await put({ raters: [seat('team_leader', 70), seat('station_head', 30)] })
    expect(res.status).toBe(200)
    const card = (await res.json()) as Scorecards['scorecards'][number]
    expect(card.raters.map((r) => [r.role, r.weightPct])).toEqual([
      ['station_head', 30],
      ['team_leader', 70],
    ])
    // E3's two D1 lines of 4 points (one per rater) now take 2.8 + 1.2 = 4 points: the same sum.
    expect((await scoresOf()).find((s) => s.officerId === E3)?.deducted).toBe(before)
  })
})
